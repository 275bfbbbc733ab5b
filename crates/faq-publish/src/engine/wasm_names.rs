//! Short names for the wasm's imports and long exports, in the wasm and in
//! wasm-bindgen's glue alike.
//!
//! wasm-bindgen names each import after the function it binds plus a hash
//! (`__wbg_addEventListener_f2d27251d333a631`), and closures' exports after
//! their mangled path. The page downloads each name twice, in the wasm's
//! import section and as a key in the glue, and random hex barely
//! compresses: about 2.5 KB gzip on the standalone page. Renaming both
//! sides with one map keeps them matched; each name is checked to stand in
//! the glue before anything is renamed.

use std::collections::HashMap;
use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasmparser::{Parser, Payload};

/// Exports with names this long or longer are renamed; short ones
/// (`memory`, `main`, `__wbindgen_malloc`) stay readable.
const LONG_EXPORT: usize = 32;

/// The `n`-th short name: `$0`, `$1`, … `$a`, … `$Z`, `$10`, …; `$` keeps
/// them apart from every name wasm-bindgen writes.
fn short_name(mut n: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(DIGITS[n % DIGITS.len()]);
        n /= DIGITS.len();
        if n == 0 {
            break;
        }
    }
    name.push(b'$');
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn is_identifier_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'$'
}

/// `code` with every whole identifier that `renames` names replaced.
fn rename_identifiers(code: &str, renames: &HashMap<String, String>) -> String {
    let bytes = code.as_bytes();
    let mut out = String::with_capacity(code.len());
    let mut at = 0;
    while at < bytes.len() {
        if is_identifier_byte(bytes[at]) {
            let end = bytes[at..]
                .iter()
                .position(|&b| !is_identifier_byte(b))
                .map_or(bytes.len(), |length| at + length);
            let word = &code[at..end];
            out.push_str(renames.get(word).map_or(word, String::as_str));
            at = end;
        } else {
            let next = code[at..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&code[at..at + next]);
            at += next;
        }
    }
    out
}

/// The wasm and its glue with short import and long-export names.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let error = |e: wasmparser::BinaryReaderError| format!("reading the wasm: {e}");
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut rename = |old: &str| -> String {
        let next = renames.len();
        renames
            .entry(old.to_owned())
            .or_insert_with(|| short_name(next))
            .clone()
    };
    let mut module = wasm_encoder::Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(error)?;
        match &payload {
            Payload::ImportSection(reader) => {
                let mut imports = wasm_encoder::ImportSection::new();
                for import in reader.clone().into_imports() {
                    let import = import.map_err(error)?;
                    let ty = RoundtripReencoder
                        .entity_type(import.ty)
                        .map_err(|e| format!("re-encoding an import: {e:?}"))?;
                    imports.import(import.module, &rename(import.name), ty);
                }
                module.section(&imports);
            }
            Payload::ExportSection(reader) => {
                let mut exports = wasm_encoder::ExportSection::new();
                for export in reader.clone() {
                    let export = export.map_err(error)?;
                    let name = if export.name.len() >= LONG_EXPORT {
                        rename(export.name)
                    } else {
                        export.name.to_owned()
                    };
                    let kind = RoundtripReencoder
                        .export_kind(export.kind)
                        .map_err(|e| format!("re-encoding an export: {e:?}"))?;
                    exports.export(&name, kind, export.index);
                }
                module.section(&exports);
            }
            Payload::Version { .. } | Payload::End(_) => {}
            other => {
                if let Some((id, range)) = other.as_section() {
                    module.section(&wasm_encoder::RawSection {
                        id,
                        data: &wasm[range.start as usize..range.end as usize],
                    });
                }
            }
        }
    }
    // Every renamed name must stand in the glue, or the two would no
    // longer match.
    let mut in_glue: HashMap<&str, usize> = HashMap::new();
    for word in glue.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$')) {
        if renames.contains_key(word) {
            *in_glue.entry(word).or_default() += 1;
        }
    }
    if let Some(missing) = renames
        .keys()
        .find(|name| !in_glue.contains_key(name.as_str()))
    {
        return Err(format!(
            "the glue does not name the wasm's {missing}; not renaming"
        ));
    }
    Ok((module.finish(), rename_identifiers(glue, &renames)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions and exporting a long-named one.
    fn module(import_a: &str, import_b: &str, export: &str) -> Vec<u8> {
        let mut module = wasm_encoder::Module::new();
        let mut types = wasm_encoder::TypeSection::new();
        types.ty().function([], []);
        module.section(&types);
        let mut imports = wasm_encoder::ImportSection::new();
        imports.import("./glue.js", import_a, wasm_encoder::EntityType::Function(0));
        imports.import("./glue.js", import_b, wasm_encoder::EntityType::Function(0));
        module.section(&imports);
        let mut functions = wasm_encoder::FunctionSection::new();
        functions.function(0);
        module.section(&functions);
        let mut exports = wasm_encoder::ExportSection::new();
        exports.export(export, wasm_encoder::ExportKind::Func, 2);
        exports.export("main", wasm_encoder::ExportKind::Func, 2);
        module.section(&exports);
        let mut code = wasm_encoder::CodeSection::new();
        let mut body = wasm_encoder::Function::new([]);
        body.instructions().call(0).call(1).end();
        code.function(&body);
        module.section(&code);
        module.finish()
    }

    fn names(wasm: &[u8]) -> (Vec<String>, Vec<String>) {
        let mut imports = Vec::new();
        let mut exports = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            match payload.unwrap() {
                Payload::ImportSection(r) => {
                    imports.extend(r.into_imports().map(|i| i.unwrap().name.to_owned()))
                }
                Payload::ExportSection(r) => {
                    exports.extend(r.into_iter().map(|e| e.unwrap().name.to_owned()))
                }
                _ => {}
            }
        }
        (imports, exports)
    }

    const A: &str = "__wbg_focus_d5e2fdbdb56416f0";
    const B: &str = "__wbg_focus_d5e2fdbdb56416f0x";
    const EXPORT: &str = "wasm_bindgen__convert__closures__invoke__h74e400a64d688854";

    #[test]
    fn renames_both_sides_alike_and_keeps_the_module_valid() {
        let wasm = module(A, B, EXPORT);
        let glue = format!(
            "const i={{{A}:function(e){{e.focus()}},{B}:()=>1}};E.{EXPORT}(1);E.main();'{A}_y'"
        );
        let (short, glue) = shorten(&wasm, &glue).unwrap();
        wasmparser::Validator::new().validate_all(&short).unwrap();
        let (imports, exports) = names(&short);
        assert_eq!(imports, ["$0", "$1"]);
        assert_eq!(exports, ["$2", "main"]);
        assert_eq!(glue, "const i={$0:function(e){e.focus()},$1:()=>1};E.$2(1);E.main();'__wbg_focus_d5e2fdbdb56416f0_y'");
        assert!(short.len() < wasm.len());
    }

    #[test]
    fn refuses_when_the_glue_does_not_name_an_import() {
        let wasm = module(A, B, EXPORT);
        let glue = format!("const i={{{A}:1}};E.{EXPORT}();");
        assert!(shorten(&wasm, &glue).unwrap_err().contains(B));
    }

    #[test]
    fn short_names_are_distinct() {
        let names: std::collections::HashSet<String> = (0..5000).map(short_name).collect();
        assert_eq!(names.len(), 5000);
        assert_eq!(short_name(0), "$0");
        assert_eq!(short_name(62), "$10");
    }
}
