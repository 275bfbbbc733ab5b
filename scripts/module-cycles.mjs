// Finds circular imports between the modules of each crate: a module that
// uses another which uses it back, directly or through others. Tests
// (`#[cfg(test)] mod tests { … }`) are left out, as the crate's code does
// not depend on them. A `mod child;` declaration is not a use (a parent
// holds its children; it uses one only by naming its items), so a child
// may use its parent's own items without a cycle. A `pub use` re-export is
// a use of the module re-exported from, and a path through a re-export
// (`crate::search::Searchable`) is a use of every module it passes: the
// one that re-exports the item (`search`, whose code then comes with it)
// and the one that defines it (`search::searchable`); a facade that holds
// nothing but declarations (a crate root, often) is passed through.
// Prints each crate's modules and their uses; exits 1 on a cycle.
// Run: node scripts/module-cycles.mjs [--graph]
// `checkCrate(rootFile)` is the check, for its own tests
// (tests/node/module-cycles.test.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CRATES = {
  'faq-widget': 'src/lib.rs',
  'faq-widget (bin)': 'src/main.rs',
  'faq-core': 'crates/faq-core/src/lib.rs',
  'faq-publish': 'crates/faq-publish/src/main.rs',
  'faq-bench': 'crates/faq-bench/src/lib.rs',
  'faq-bench-engine': 'crates/faq-bench-engine/src/lib.rs',
  'faq-site-search': 'crates/faq-site-search/src/lib.rs',
};

/** `source` without its test modules and its comments. */
function withoutTests(source) {
  let text = source.replace(/\/\/[^\n]*/g, '');
  for (;;) {
    const at = text.search(/#\[cfg\((all\()?test[^\]]*\]\s*mod\s+\w+\s*\{/);
    if (at < 0) return text;
    let depth = 0;
    let end = text.indexOf('{', at);
    for (; end < text.length; end += 1) {
      if (text[end] === '{') depth += 1;
      if (text[end] === '}' && (depth -= 1) === 0) break;
    }
    text = text.slice(0, at) + text.slice(end + 1);
  }
}

/** The modules of the crate whose root file is `file`: path → { file, text }. */
function modulesOf(file) {
  const modules = new Map();
  const visit = (path, file) => {
    const text = withoutTests(readFileSync(file, 'utf8'));
    modules.set(path, { file, text });
    const base = /(lib|main|mod)\.rs$/.test(file) ? dirname(file) : file.replace(/\.rs$/, '');
    for (const [, name] of text.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/gm)) {
      const child = [join(base, `${name}.rs`), join(base, name, 'mod.rs')].find(existsSync);
      if (child) visit(path ? `${path}::${name}` : name, child);
    }
  };
  visit('', file);
  return modules;
}

/** Every `a::b::c` path a module's text uses, absolute (from the crate's root). */
function pathsUsed(path, text) {
  const parent = (p) => p.split('::').slice(0, -1).join('::');
  const absolute = (written) => {
    const parts = written.split('::');
    let base = null;
    if (parts[0] === 'crate') base = '';
    else if (parts[0] === 'self') base = path;
    else if (parts[0] === 'super') base = parent(path);
    else return null;
    let rest = parts.slice(1);
    while (rest[0] === 'super') {
      base = parent(base);
      rest = rest.slice(1);
    }
    return [base, ...rest].filter(Boolean).join('::');
  };
  const found = [];
  // `use a::{b, c::{d}}` groups, one level deep, then plain paths.
  for (const [, head, group] of text.matchAll(/((?:crate|self|super)(?:::\w+)*)::\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)) {
    for (const item of group.split(',')) {
      const name = item.trim().split(/\s|::\{/)[0];
      if (name) found.push(absolute(`${head}::${name.replace(/::$/, '')}`));
    }
  }
  for (const [written] of text.matchAll(/\b(?:crate|self|super)(?:::\w+)+/g)) found.push(absolute(written));
  return found.filter(Boolean);
}

/** The uses between the modules of the crate whose root file is `file`, and its cycles. */
export function checkCrate(file) {
  const modules = modulesOf(file);
  // Re-exports: `pub use x::Y` in module M makes `M::Y` mean x's Y.
  const aliases = new Map();
  for (const [path, { text }] of modules) {
    for (const [, used] of text.matchAll(/pub\s+use\s+([^;]+);/g)) {
      const head = used.replace(/\{[\s\S]*\}/, '').replace(/::$/, '');
      const names = used.includes('{') ? used.slice(used.indexOf('{') + 1, used.lastIndexOf('}')).split(',') : [used.split('::').pop()];
      for (const name of names.map((n) => n.trim().split(/\s/)[0]).filter(Boolean)) {
        const prefix = /^(crate|self|super)\b/.test(head) ? head : `self::${head}`;
        const target = pathsUsed(path, `${prefix}::${name}`)[0];
        if (target) aliases.set(path ? `${path}::${name}` : name, target);
      }
    }
  }
  // The longest prefix of `target` that is a module.
  const moduleAt = (target) => {
    const parts = target.split('::');
    for (let n = parts.length; n >= 0; n -= 1) {
      const prefix = parts.slice(0, n).join('::');
      if (modules.has(prefix)) return prefix;
    }
    return '';
  };
  // The modules a path leads through: the one it names, then through each
  // re-export to the one that defines the item. A path that only passes
  // an ancestor on its way (`crate::text::fold::x`) uses `text::fold`, not
  // `text`: only a re-exporting module is used for its re-export.
  // A facade (a module of nothing but `mod` and `use` declarations, as a
  // crate's root often is) brings no code of its own with a re-export.
  const facade = (module) => modules.get(module).text
    .replace(/#!?\[[^\]]*\]/g, '')
    .replace(/\b(?:pub(?:\([^)]*\))?\s+)?(?:mod\s+\w+|use\s+[^;]+);/g, '')
    .trim() === '';
  const modulesThrough = (target) => {
    const through = [moduleAt(target)];
    for (let hops = 0; hops < 8 && aliases.has(target); hops += 1) {
      target = aliases.get(target);
      if (facade(through[through.length - 1])) through.pop();
      through.push(moduleAt(target));
    }
    return through;
  };
  const uses = new Map();
  for (const [path, { text }] of modules) {
    const targets = new Set(pathsUsed(path, text).flatMap(modulesThrough));
    // Paths that start at a child by its bare name (`searchable::Searchable`,
    // `use child::{a, b}`), as Rust 2018 allows.
    for (const [, name] of text.matchAll(/^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;/gm)) {
      const child = path ? `${path}::${name}` : name;
      for (const [, item] of text.matchAll(new RegExp(`(?<![\\w:])${name}::(\\w+|\\{)`, 'g'))) {
        (item === '{' ? [child] : modulesThrough(`${child}::${item}`)).forEach((m) => targets.add(m));
      }
    }
    targets.delete(path);
    uses.set(path, [...targets].filter((t) => modules.has(t)).sort());
  }
  const cycles = [];
  const state = new Map();
  const stack = [];
  const visit = (module) => {
    state.set(module, 'open');
    stack.push(module);
    for (const next of uses.get(module)) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(module, 'done');
  };
  for (const module of uses.keys()) if (!state.has(module)) visit(module);
  return { uses, cycles };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = 0;
  for (const [crate, file] of Object.entries(CRATES)) {
    const { uses, cycles } = checkCrate(join(root, file));
    if (process.argv.includes('--graph')) {
      console.log(`${crate}:`);
      for (const [module, targets] of uses) console.log(`  ${module || '(root)'} -> ${targets.join(', ') || '-'}`);
    }
    for (const cycle of cycles) {
      console.error(`${crate}: circular import: ${cycle.map((m) => m || '(root)').join(' -> ')}`);
      failed += 1;
    }
    console.log(`${crate}: ${uses.size} modules, ${cycles.length ? `${cycles.length} cycle(s)` : 'no cycle'}`);
  }
  process.exit(failed ? 1 : 0);
}
