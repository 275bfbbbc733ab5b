// The FAQ widget a newsroom would otherwise write: plain JavaScript and
// MiniSearch, configured as in benches/engines.mjs (prefix, fuzzy 0.2,
// question boost 2). It filters, ranks, highlights and expands like ours,
// with the same list rule (a story shows whole, else 20 at a time), and
// the same class names, so the same stylesheet lays it out. It exists only
// to be measured against (benches/browser.mjs) and never ships.
(() => {
  const PAGE = 20;
  const WHOLE_STORY = 500;
  const root = document.getElementById('faq-peer');
  const corpus = JSON.parse(document.getElementById('faq-corpus').textContent);
  const faqs = corpus.faqs.map((faq, id) => ({ id, ...faq }));

  const index = new MiniSearch({
    fields: ['question', 'answer'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { question: 2 } },
  });
  index.addAll(faqs);

  const el = (tag, props = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    for (const child of children) node.append(child);
    return node;
  };
  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  /** `text` as nodes, with every matched term wrapped in <mark>. */
  function highlighted(text, terms) {
    if (!terms.length) return [text];
    const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'gi');
    return text.split(pattern).map((part, i) => (i % 2 ? el('mark', { textContent: part }) : part));
  }

  const summary = el('p', { className: 'faq-widget__summary', textContent: corpus.summary });
  const label = el('label', { className: 'faq-search__label', htmlFor: 'peer-search', textContent: 'Search the questions' });
  const input = el('input', { className: 'faq-search__input', id: 'peer-search', type: 'search', autocomplete: 'off' });
  const status = el('p', { className: 'faq-status__text' });
  status.setAttribute('role', 'status');
  const list = el('div', { className: 'faq-list' });
  const more = el('button', { type: 'button', className: 'faq-button faq-show-more' });
  const open = new Set();
  let shown = [];
  let limit = 0;
  let query = '';

  function item({ id, terms, answerOnly }) {
    const faq = faqs[id];
    const isOpen = open.has(id) || answerOnly;
    const button = el('button', { type: 'button', className: 'faq-item__button', id: `peer-${id}-q` },
      el('span', { className: 'faq-item__question' }, ...highlighted(faq.question, terms)));
    button.setAttribute('aria-expanded', String(isOpen));
    button.setAttribute('aria-controls', `peer-${id}-a`);
    const panel = el('div', { className: 'faq-item__panel', id: `peer-${id}-a`, hidden: !isOpen },
      el('p', { className: 'faq-item__answer' }, ...highlighted(faq.answer, terms)));
    button.addEventListener('click', () => {
      const nowOpen = button.getAttribute('aria-expanded') !== 'true';
      if (nowOpen) open.add(id); else open.delete(id);
      button.setAttribute('aria-expanded', String(nowOpen));
      panel.hidden = !nowOpen;
    });
    return el('div', { className: 'faq-item' }, el('h2', { className: 'faq-item__heading' }, button), panel);
  }

  function render() {
    let results;
    if (query.trim()) {
      results = index.search(query).map((r) => ({
        id: r.id,
        terms: r.terms,
        answerOnly: !Object.values(r.match).some((fields) => fields.includes('question')),
      }));
      status.textContent = results.length ? `${results.length} of ${faqs.length} questions match` : 'No questions match';
    } else {
      results = faqs.map(({ id }) => ({ id, terms: [], answerOnly: false }));
      status.textContent = `${faqs.length} questions`;
    }
    shown = results;
    list.replaceChildren(...results.slice(0, limit).map(item));
    const left = results.length - Math.min(limit, results.length);
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, PAGE)} more questions`;
  }

  input.addEventListener('input', () => {
    query = input.value;
    limit = !query.trim() && faqs.length <= WHOLE_STORY ? faqs.length : PAGE;
    render();
  });
  more.addEventListener('click', () => {
    limit += PAGE;
    list.append(...shown.slice(limit - PAGE, limit).map(item));
    const left = shown.length - Math.min(limit, shown.length);
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, PAGE)} more questions`;
  });

  limit = faqs.length <= WHOLE_STORY ? faqs.length : PAGE;
  const section = el('section', { className: 'faq-widget' },
    summary,
    el('div', { className: 'faq-search' }, label, input),
    el('div', { className: 'faq-widget__toolbar' }, el('div', { className: 'faq-status' }, status)),
    list,
    more);
  render();
  root.replaceChildren(section);
  section.setAttribute('data-ready', '');
})();
