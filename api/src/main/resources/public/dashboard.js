'use strict';
// The dashboard: one tab per domain of the indicator catalog (/api/v1/indicators, never a fixed
// list of indicators), a period selector per domain (/api/v1/periods?domain=), KPI tiles for the
// selected area, a table of its child areas (click a kecamatan to see its villages) and the charts.
(function () {
  const REGENCY = '3510';
  const LOCALE = 'id-ID';
  const SUPPRESSED = 'disamarkan';
  const SUPPRESSED_TITLE = 'disamarkan: mencakup kurang dari 5 orang, rumah tangga, anak atau permohonan';
  const SECONDARY_TITLE = 'disamarkan agar sel kecil lain tidak dapat dihitung ulang dengan pengurangan';
  const DOMAIN_LABELS = {
    PUBLIC_SERVICE: 'Layanan Publik', POVERTY: 'Kemiskinan', HEALTH: 'Kesehatan', EDUCATION: 'Pendidikan',
    ECONOMY: 'Ekonomi', INFRASTRUCTURE: 'Infrastruktur Dasar', DEVELOPMENT: 'Pembangunan Desa',
  };
  const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
    'September', 'Oktober', 'November', 'Desember'];
  const GROUPS = [['YEAR', 'Tahun'], ['SCHOOL_YEAR', 'Tahun ajaran'], ['QUARTER', 'Triwulan'], ['MONTH', 'Bulan']];
  const YEARLY = ['YEAR', 'SCHOOL_YEAR'];
  const DIRECTIONS = { HIGHER_IS_BETTER: '▲ makin tinggi makin baik', LOWER_IS_BETTER: '▼ makin rendah makin baik' };
  const LEVELS = { REGENCY: '', DISTRICT: 'Kec. ', VILLAGE: 'Desa ' };
  // A tile shows the first of these breakdowns its indicator declares (36 services would not fit a tile).
  const TILE_BREAKDOWNS = ['sex', 'channel'];
  const MEMBERS = { L: 'Laki-laki', P: 'Perempuan', KIOSK: 'Kios', COUNTER: 'Loket', ONLINE: 'Daring' };
  const tileBreakdown = (ind) => TILE_BREAKDOWNS.find((b) => ind.disaggregations.includes(b));
  /** "Kec. Genteng", "Desa Sarongan", "Kel. Penganjuran": a village's kind tells desa from kelurahan. */
  const areaLabel = (a) => (a.kind === 'kelurahan' ? 'Kel. ' : LEVELS[a.area_level]) + a.area_name;

  const $ = (id) => document.getElementById(id);
  const q = encodeURIComponent;
  const state = { indicators: [], domains: [], domain: null, path: [], periods: {}, chosen: {}, areas: {}, run: 0 };

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail || body.error || ('HTTP ' + response.status));
    return body;
  }

  function el(tag, props, ...children) {
    const node = Object.assign(document.createElement(tag), props || {});
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  // --- periods: "2024" is a YEAR or a SURVEY_YEAR, whichever the indicator is published for
  function kindOf(code) {
    if (/^\d{4}-\d{2}$/.test(code)) return 'MONTH';
    if (/^\d{4}-Q[1-4]$/.test(code)) return 'QUARTER';
    if (code.includes('/')) return 'SCHOOL_YEAR';
    return 'YEAR';
  }

  function publishedFor(ind, code) {
    const kind = kindOf(code);
    return ind.periods.includes(kind) || (kind === 'YEAR' && ind.periods.includes('SURVEY_YEAR'));
  }

  /** Whether an index framework is reported in the period's year: the IDM up to 2023, the Indeks Desa from 2024. */
  function reportedIn(ind, code) {
    if (!ind.valid_years) return true;
    const year = Number(code.slice(0, 4));
    const [from, to] = ind.valid_years.split('..');
    return (!from || year >= Number(from)) && (!to || year <= Number(to));
  }

  function periodLabel(code) {
    switch (kindOf(code)) {
      case 'MONTH': return MONTHS[Number(code.slice(5)) - 1] + ' ' + code.slice(0, 4);
      case 'QUARTER': return 'Triwulan ' + code.slice(6) + ' ' + code.slice(0, 4);
      case 'SCHOOL_YEAR': return 'Tahun ajaran ' + code;
      default: return 'Tahun ' + code;
    }
  }

  // --- numbers
  function decimals(unit) {
    if (unit === 'count' || unit === 'rupiah' || unit === 'category') return 0;
    return unit === 'index' ? 2 : 1;
  }

  function format(value, unit) {
    const d = decimals(unit);
    const number = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
    if (unit === 'percent') return number + '%';
    if (unit === 'hours') return number + ' jam';
    if (unit === 'rupiah') return 'Rp ' + number;
    return number;
  }

  function bandLabel(category) {
    return category.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }

  /** How the values of one indicator for one area and period read: text, title and a css class. */
  function reading(ind, rows) {
    if (rows === undefined) return { text: '—', title: 'tidak diterbitkan untuk periode ini', css: 'missing' };
    if (rows.length === 0) return { text: '·', title: 'tidak ada data', css: 'missing' };
    if (rows.every((r) => r.suppressed)) {
      const secondary = rows.every((r) => r.suppression === 'secondary');
      return { text: SUPPRESSED, title: secondary ? SECONDARY_TITLE : SUPPRESSED_TITLE, css: 'suppressed' };
    }
    if (ind.unit === 'category') {
      const own = rows.length === 1 && rows[0].value === null; // a village: its own band
      const text = own ? bandLabel(rows[0].category)
        : rows.map((r) => bandLabel(r.category) + ' ' + format(r.value, 'count')).join(', ');
      return { text, title: own ? 'status desa' : 'jumlah desa per status', css: 'bands' };
    }
    return { text: format(rows[0].value, ind.unit), title: '', css: '' };
  }

  // --- data
  async function area(code) {
    if (!state.areas[code]) state.areas[code] = await getJson('/api/v1/areas/' + q(code));
    return state.areas[code];
  }

  async function values(ind, areaCode, period, children, by) {
    const url = '/api/v1/values?indicator=' + q(ind.code) + '&area=' + q(areaCode)
      + (period ? '&period=' + q(period) : '') + (children ? '&children=true' : '') + (by ? '&by=' + q(by) : '');
    return (await getJson(url)).values;
  }

  function groupByArea(rows) {
    const byArea = new Map();
    for (const r of rows) byArea.set(r.area, (byArea.get(r.area) || []).concat([r]));
    return byArea;
  }

  /** The latest yearly period in which the most of the domain's indicators have a regency number. */
  async function defaultPeriod(indicators, codes) {
    const all = await Promise.all(indicators.map((ind) => values(ind, REGENCY, null, false)));
    const shown = (code) => all.filter((rows) => rows.some((r) => r.period === code && !r.suppressed)).length;
    const yearly = codes.filter((c) => YEARLY.includes(kindOf(c)));
    let best = null;
    for (const code of (yearly.length ? yearly : codes)) {
      if (best === null || shown(code) >= shown(best)) best = code;
    }
    return best;
  }

  // --- rendering
  function tabs() {
    const nav = $('tabs');
    nav.replaceChildren(...state.domains.map((domain) => {
      const tab = el('button', { type: 'button', id: 'tab-' + domain, textContent: DOMAIN_LABELS[domain] || domain });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', 'panel');
      tab.dataset.domain = domain;
      tab.addEventListener('click', () => selectDomain(domain).catch(fail));
      return tab;
    }));
    nav.addEventListener('keydown', (e) => { // arrow keys move between tabs
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const i = (state.domains.indexOf(state.domain) + step + state.domains.length) % state.domains.length;
      selectDomain(state.domains[i]).then(() => $('tab-' + state.domains[i]).focus()).catch(fail);
    });
  }

  function fillPeriods(codes, chosen) {
    const select = $('period');
    select.replaceChildren();
    for (const [kind, label] of GROUPS) {
      const ofKind = codes.filter((c) => kindOf(c) === kind).reverse();
      if (ofKind.length) select.appendChild(el('optgroup', { label }, ...ofKind.map((c) => new Option(periodLabel(c), c))));
    }
    select.value = chosen;
    select.disabled = codes.length === 0;
  }

  function breadcrumb() {
    const items = state.path.map((a, i) => {
      const name = areaLabel(a);
      if (i === state.path.length - 1) {
        return el('li', {}, el('span', { textContent: name, ariaCurrent: 'page' }));
      }
      const up = el('button', { type: 'button', className: 'link', textContent: name });
      up.dataset.area = a.area;
      up.addEventListener('click', () => { state.path = state.path.slice(0, i + 1); render().catch(fail); });
      return el('li', {}, up);
    });
    $('breadcrumb').replaceChildren(...items);
  }

  /** "Laki-laki 18,2% · Perempuan disamarkan": each member of a tile's breakdown, suppressed on its own. */
  function split(ind, rows) {
    if (!rows || rows.length === 0) return null;
    const text = rows.map((r) => (MEMBERS[r.member] || r.member) + ' '
      + (r.suppressed || r.value === null ? SUPPRESSED : format(r.value, ind.unit))).join(' · ');
    const p = el('p', { className: 'kpi-breakdown', textContent: text });
    p.dataset.breakdown = rows[0].breakdown;
    return p;
  }

  function kpis(indicators, own, splits) {
    $('kpis').replaceChildren(...indicators.map((ind, i) => {
      const r = reading(ind, own[i]);
      const tile = el('article', { className: 'kpi ' + r.css },
        el('h3', { textContent: ind.name_id }),
        el('p', { className: 'kpi-value', textContent: r.text, title: r.title }),
        split(ind, splits[i]),
        el('p', { className: 'kpi-unit', textContent: ind.unit_label }),
        ind.framework ? el('p', { className: 'kpi-framework', textContent: ind.framework }) : null,
        DIRECTIONS[ind.direction] ? el('p', { className: 'kpi-direction', textContent: DIRECTIONS[ind.direction] }) : null);
      tile.dataset.indicator = ind.code;
      tile.title = ind.definition;
      return tile;
    }));
  }

  function table(indicators, selected, children, own, byChild, period) {
    $('values-caption').textContent = 'Nilai per wilayah, ' + periodLabel(period)
      + (children.length ? ' — pilih kecamatan untuk melihat desanya' : '');
    $('values-head').replaceChildren(el('th', { scope: 'col', textContent: 'Wilayah' }), ...indicators.map((ind) =>
      el('th', { scope: 'col', title: ind.definition + (ind.framework ? ' — ' + ind.framework : ''), textContent: ind.name_id },
        el('span', { className: 'unit', textContent: ind.unit_label }))));
    const row = (a, cells, isSelected) => {
      const name = areaLabel(a);
      let label = name;
      if (!isSelected && a.area_level === 'DISTRICT') {
        label = el('button', { type: 'button', className: 'link', textContent: name, title: 'Lihat desa di ' + name });
        label.addEventListener('click', () => { state.path.push(a); render().catch(fail); });
      }
      const tr = el('tr', { className: isSelected ? 'selected' : '' }, el('th', { scope: 'row' }, label),
        ...indicators.map((ind, i) => {
          const r = reading(ind, cells(i));
          const td = el('td', { className: 'num ' + r.css, textContent: r.text, title: r.title });
          td.dataset.indicator = ind.code;
          return td;
        }));
      tr.dataset.area = a.area;
      return tr;
    };
    $('values-body').replaceChildren(row(selected, (i) => own[i], true),
      ...children.map((c) => row(c, (i) => (byChild[i] ? byChild[i].get(c.area) || [] : undefined), false)));
  }

  function charts(indicators, selected, period) {
    $('charts').replaceChildren(...indicators.filter((ind) => publishedFor(ind, period)).map((ind) => {
      const img = el('img', {
        src: '/api/v1/charts/' + q(ind.code) + '.svg?area=' + q(selected.area) + '&period=' + q(period),
        alt: ind.name_id + ', ' + areaLabel(selected) + ', ' + periodLabel(period),
        loading: 'lazy',
      });
      img.dataset.indicator = ind.code;
      return el('figure', {}, img, el('figcaption', {
        textContent: ind.name_id + ' (' + ind.unit_label + ')' + (ind.framework ? ', ' + ind.framework : '')
          + (DIRECTIONS[ind.direction] ? ' — ' + DIRECTIONS[ind.direction] : ''),
      }));
    }));
  }

  async function render() {
    const run = ++state.run; // a newer render makes this one stop before it draws
    const domain = state.domain;
    const period = state.chosen[domain];
    const selected = state.path[state.path.length - 1];
    // an index framework only in the years it is reported for, never two frameworks as one series
    const indicators = state.indicators.filter((i) => i.domain === domain && reportedIn(i, period));
    $('status').textContent = 'Memuat data…';
    breadcrumb();
    $('area-title').textContent = areaLabel(selected) + ', ' + periodLabel(period);
    const children = selected.area_level === 'VILLAGE' ? [] : (await area(selected.area)).children;
    const shown = indicators.map((ind) => publishedFor(ind, period));
    const [own, byChild, splits] = await Promise.all([
      Promise.all(indicators.map((ind, i) => (shown[i] ? values(ind, selected.area, period, false) : undefined))),
      Promise.all(indicators.map((ind, i) => (shown[i] && children.length
        ? values(ind, selected.area, period, true).then(groupByArea) : undefined))),
      Promise.all(indicators.map((ind, i) => (shown[i] && tileBreakdown(ind)
        ? values(ind, selected.area, period, false, tileBreakdown(ind)) : undefined))),
    ]);
    if (run !== state.run) return;
    kpis(indicators, own, splits);
    table(indicators, selected, children, own, byChild, period);
    charts(indicators, selected, period);
    $('status').textContent = '';
    document.body.dataset.loaded = domain + ' ' + selected.area + ' ' + period;
  }

  async function selectDomain(domain) {
    if (domain === state.domain) return; // the tab shown already
    state.domain = domain;
    for (const tab of $('tabs').children) {
      const on = tab.dataset.domain === domain;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    $('panel').setAttribute('aria-labelledby', 'tab-' + domain);
    if (!state.periods[domain]) {
      const periods = (await getJson('/api/v1/periods?domain=' + q(domain))).periods;
      state.periods[domain] = [...new Set(periods.map((p) => p.period))];
    }
    const codes = state.periods[domain];
    if (codes.length && !state.chosen[domain]) {
      state.chosen[domain] = await defaultPeriod(state.indicators.filter((i) => i.domain === domain), codes);
    }
    if (state.domain !== domain) return;
    fillPeriods(codes, state.chosen[domain]);
    if (!codes.length) {
      state.run++;
      for (const id of ['kpis', 'values-head', 'values-body', 'charts']) $(id).replaceChildren();
      $('status').textContent = 'Belum ada data untuk bidang ini.';
      document.body.dataset.loaded = domain + ' none';
      return;
    }
    await render();
  }

  async function start() {
    const [catalog, regency, health] = await Promise.all([
      getJson('/api/v1/indicators'), area(REGENCY), getJson('/health')]);
    $('build').textContent = health.build_id + ' (' + health.built_at + ')';
    state.indicators = catalog.indicators;
    state.domains = [...new Set(catalog.indicators.map((i) => i.domain))];
    state.path = [regency];
    tabs();
    $('period').addEventListener('change', (e) => {
      state.chosen[state.domain] = e.target.value;
      render().catch(fail);
    });
    await selectDomain(state.domains[0]);
  }

  function fail(error) {
    const status = $('status');
    status.className = 'error';
    status.textContent = 'Gagal memuat data: ' + error.message;
  }

  start().catch(fail);
})();
