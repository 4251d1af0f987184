// A search combobox over /api/search (the ARIA 1.2 combobox pattern): suggestions as you type, arrow keys to
// move, Enter to choose, Escape to close; an optional label filter.
import { api, isAbort } from './api.js';
import { debounce, h } from './dom.js';
import { labelBadge } from './legend.js';

let instances = 0;

export class SearchBox {
  /**
   * @param {{input: HTMLInputElement, labelSelect?: HTMLSelectElement, choose: (item: object) => void}} options
   */
  constructor({ input, labelSelect = null, choose }) {
    const n = ++instances;
    this.input = input;
    this.labelSelect = labelSelect;
    this.choose = choose;
    this.items = [];
    this.active = -1;
    this.controller = null;
    this.listbox = h('ul', { id: `search-options-${n}`, role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': 'Suggestions' });
    this.optionId = (i) => `search-options-${n}-${i}`;
    input.after(this.listbox);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);
    input.setAttribute('autocomplete', 'off');
    const run = debounce(() => this.search(), 120);
    input.addEventListener('input', run);
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    labelSelect?.addEventListener('change', () => this.input.value.trim() && this.search());
  }

  async search() {
    const q = this.input.value.trim();
    this.controller?.abort();
    if (!/[\p{L}\p{N}]/u.test(q)) {
      this.render([]);
      return;
    }
    this.controller = new AbortController();
    try {
      const answer = await api.search(q, this.labelSelect?.value || undefined, this.controller.signal);
      this.render(answer.items);
    } catch (error) {
      if (!isAbort(error)) this.render([], error.message);
    }
  }

  render(items, message = null) {
    this.items = items;
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    this.listbox.replaceChildren(
      ...items.map((item, i) =>
        h('li', { id: this.optionId(i), role: 'option', 'aria-selected': 'false', dataset: { id: item.id }, onmousedown: (event) => { event.preventDefault(); this.pick(i); } },
          labelBadge(item.labels), ' ', h('span', { class: 'name' }, item.name), h('span', { class: 'id' }, item.id))),
    );
    const q = this.input.value.trim();
    if (!items.length && q) this.listbox.append(h('li', { class: 'empty', role: 'presentation' }, message ?? `Nothing matches “${q}”.`));
    const open = this.listbox.children.length > 0;
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  move(step) {
    if (!this.items.length) return;
    this.active = (this.active + step + this.items.length) % this.items.length;
    [...this.listbox.querySelectorAll('[role=option]')].forEach((option, i) => option.setAttribute('aria-selected', String(i === this.active)));
    const option = document.getElementById(this.optionId(this.active));
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  pick(i) {
    const item = this.items[i];
    if (!item) return;
    this.close();
    this.input.value = item.name;
    this.choose(item);
  }

  onKey(event) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.listbox.hidden && this.items.length) this.render(this.items);
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      if (!this.items.length) return;
      this.pick(Math.max(this.active, 0));
    } else if (event.key === 'Escape') {
      this.close();
    } else {
      return;
    }
    event.preventDefault();
  }
}
