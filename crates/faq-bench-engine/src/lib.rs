//! The search engine for JavaScript, so benchmarks can run it beside the
//! JavaScript engines in the same JavaScript engine. The same code the widget
//! ships, compiled with the same release profile.

use faq_core::{SearchIndex, Searcher};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Engine {
    searcher: Searcher<'static>,
    last_total: usize,
}

#[wasm_bindgen]
impl Engine {
    /// Reads a prebuilt index (it lives as long as the module).
    #[wasm_bindgen(constructor)]
    pub fn new(index: Vec<u8>) -> Result<Engine, JsError> {
        let bytes: &'static [u8] = Box::leak(index.into_boxed_slice());
        let index = SearchIndex::from_bytes(bytes).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine {
            searcher: Searcher::new(index),
            last_total: 0,
        })
    }

    /// Ids of the `limit` best questions, best first.
    pub fn search(&mut self, query: &str, limit: usize) -> Vec<u32> {
        let results = self.searcher.search(query, limit);
        self.last_total = results.total;
        results.hits.iter().map(|hit| hit.faq).collect()
    }

    /// How many questions the last search matched in all.
    #[wasm_bindgen(getter, js_name = lastTotal)]
    pub fn last_total(&self) -> usize {
        self.last_total
    }

    /// Bytes of the index, text included.
    #[wasm_bindgen(getter, js_name = indexBytes)]
    pub fn index_bytes(&self) -> usize {
        self.searcher.index().size_in_bytes()
    }
}
