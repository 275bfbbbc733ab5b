// The module-cycle check (scripts/module-cycles.mjs) on small crates made
// for it: it sees a cycle through a re-export, through a child named by
// its bare name and between siblings; it counts no `mod child;` as a use,
// so a child may use its parent's own items; a facade root passes through.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkCrate } from '../../scripts/module-cycles.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'module-cycles-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The cycles of a crate made of `files` (path → text), each as `a -> b -> a`. */
function cyclesOf(name, files) {
  for (const [path, text] of Object.entries(files)) {
    const file = join(scratch, name, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return checkCrate(join(scratch, name, 'lib.rs')).cycles.map((cycle) => cycle.map((m) => m || '(root)').join(' -> '));
}

test('a use through a re-export uses the module that re-exports it: a cycle', () => {
  // As faq-core had it: fuzzy used search's re-export of a child's item,
  // and search's own code used fuzzy.
  assert.deepEqual(cyclesOf('reexport', {
    'lib.rs': 'mod fuzzy;\nmod search;\n',
    'fuzzy.rs': 'use crate::search::Searchable;\npub fn terms_within() {}\n',
    'search/mod.rs': 'mod searchable;\npub use searchable::Searchable;\nuse crate::fuzzy::terms_within;\npub fn search() { terms_within() }\n',
    'search/searchable.rs': 'pub trait Searchable {}\n',
  }), ['fuzzy -> search -> fuzzy']);
  // Taken from the module that defines it, there is none.
  assert.deepEqual(cyclesOf('direct', {
    'lib.rs': 'mod fuzzy;\nmod search;\n',
    'fuzzy.rs': 'use crate::search::searchable::Searchable;\npub fn terms_within() {}\n',
    'search/mod.rs': 'pub mod searchable;\nuse crate::fuzzy::terms_within;\npub fn search() { terms_within() }\n',
    'search/searchable.rs': 'pub trait Searchable {}\n',
  }), []);
});

test('a child may use its parent\'s own items: `mod child;` is no use', () => {
  assert.deepEqual(cyclesOf('child', {
    'lib.rs': 'mod search;\n',
    'search/mod.rs': 'mod did_you_mean;\npub struct Searcher;\n',
    'search/did_you_mean.rs': 'use super::Searcher;\nimpl Searcher { pub fn did_you_mean(&self) {} }\n',
  }), []);
  // But a parent that uses its child by name, and the child it back, is one.
  assert.deepEqual(cyclesOf('child-back', {
    'lib.rs': 'mod search;\n',
    'search/mod.rs': 'mod highlight;\npub struct Searcher;\npub fn marks() { highlight::marks() }\n',
    'search/highlight.rs': 'use super::Searcher;\npub fn marks() {}\n',
  }), ['search -> search::highlight -> search']);
});

test('a facade root passes a re-export through; siblings that use each other are a cycle', () => {
  assert.deepEqual(cyclesOf('facade', {
    'lib.rs': '//! A crate.\npub mod corpus;\npub mod index;\npub use corpus::Story;\npub use index::Index;\n',
    'corpus.rs': 'pub struct Story;\n',
    'index.rs': 'use crate::Story;\npub struct Index(Story);\n',
  }), []);
  assert.deepEqual(cyclesOf('siblings', {
    'lib.rs': 'pub mod a;\npub mod b;\n',
    'a.rs': 'use crate::b::g;\npub fn f() { g() }\n',
    'b.rs': 'pub fn g() { crate::a::f() }\n',
  }), ['a -> b -> a']);
});
