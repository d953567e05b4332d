'use strict';
// The dashboard: one tab per domain of the indicator catalog (/api/v1/indicators, never a fixed
// list of indicators) and a data-quality tab; a period selector per domain (/api/v1/periods?domain=),
// KPI tiles for the selected area with their change against a year earlier and the previous period,
// a sparkline and the target; a map of the areas below it (click to drill down); a sortable table
// of those areas with rank and change; exports of the view and the charts. The whole view is in the
// URL (?tab=&area=&period=&indicator=&lang=), so a link opens the same view and back returns.
(function () {
  const REGENCY = '3510';
  const QUALITY = 'QUALITY';
  const TEXT = {
    id: {
      locale: 'id-ID',
      title: 'Dasbor Kampung Analytics — Kabupaten Banyuwangi',
      subtitle: 'Indikator pembangunan desa untuk kabupaten, 25 kecamatan dan 217 desa, dari gudang data desa.',
      toggle: 'English', toggleLang: 'en',
      period: 'Periode', month: 'Bulan', indicator: 'Indikator peta dan peringkat', loading: 'Memuat data…',
      tabs: 'Bidang indikator', trail: 'Jejak wilayah', tiles: 'Indikator wilayah terpilih',
      map: 'Peta', charts: 'Grafik', exports: 'Unduh tampilan ini', build: 'Build gudang data:',
      footer: 'Nilai yang mencakup kurang dari {min} orang, rumah tangga, anak atau permohonan disamarkan, sesuai kaidah statistik resmi; · berarti tidak ada data.',
      suppressed: 'disamarkan',
      suppressedTitle: 'disamarkan: mencakup kurang dari {min} orang, rumah tangga, anak atau permohonan',
      secondaryTitle: 'disamarkan agar sel kecil lain tidak dapat dihitung ulang dengan pengurangan',
      notPublished: 'tidak diterbitkan untuk periode ini', noData: 'tidak ada data',
      villageStatus: 'status desa', villagesPerBand: 'jumlah desa per status',
      domains: { PUBLIC_SERVICE: 'Layanan Publik', POVERTY: 'Kemiskinan', HEALTH: 'Kesehatan', EDUCATION: 'Pendidikan',
        ECONOMY: 'Ekonomi', INFRASTRUCTURE: 'Infrastruktur Dasar', DEVELOPMENT: 'Pembangunan Desa', QUALITY: 'Kualitas Data' },
      months: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
        'November', 'Desember'],
      groups: { YEAR: 'Tahun', SCHOOL_YEAR: 'Tahun ajaran', QUARTER: 'Triwulan', MONTH: 'Bulan' },
      quarter: 'Triwulan', year: 'Tahun', schoolYear: 'Tahun ajaran',
      directions: { HIGHER_IS_BETTER: '▲ makin tinggi makin baik', LOWER_IS_BETTER: '▼ makin rendah makin baik' },
      levels: { REGENCY: '', DISTRICT: 'Kec. ', VILLAGE: 'Desa ' }, kelurahan: 'Kel. ',
      members: { L: 'Laki-laki', P: 'Perempuan', KIOSK: 'Kios', COUNTER: 'Loket', ONLINE: 'Daring' },
      caption: 'Nilai per wilayah', pickKecamatan: ' — pilih kecamatan untuk melihat desanya',
      area: 'Wilayah', rank: 'Peringkat', change: 'Perubahan', sortBy: 'urutkan menurut',
      vs: 'vs', points: 'poin', same: 'tetap', target: 'Target', onTrack: '✓ sesuai target', offTrack: '✗ belum sesuai target',
      trend: 'Tren', seeVillages: 'Lihat desa di ', mapHintRegency: 'Klik kecamatan pada peta untuk melihat desanya.',
      mapHintDistrict: 'Klik desa pada peta untuk melihat angkanya.', noMap: 'Peta tidak tersedia untuk indikator ini.',
      csv: 'Tabel (CSV)', xlsx: 'Tabel (Excel)', png: 'Grafik (PNG)', svg: 'Grafik (SVG)', mapSvg: 'Peta (SVG)', brief: 'Ringkasan wilayah (PDF)',
      freshness: (date, built) => 'Data sampai ' + date + ', dibangun ' + built,
      builtOnly: (built) => 'Dibangun ' + built,
      noDomainData: 'Belum ada data untuk bidang ini.', failed: 'Gagal memuat data: ',
      units: {},
      q: {
        delivery: 'Pengiriman data desa bulan ini', delivered: (n, total, source) => n + ' dari ' + total + ' desa mengirim data ' + source,
        village: 'Desa', kecamatan: 'Kecamatan', records: 'catatan', files: 'berkas', delay: 'jeda (hari)',
        notDelivered: 'tidak mengirim', ingest: 'Penerimaan data per sumber', source: 'Sumber', runs: 'Proses',
        lines: 'Baris dibaca', accepted: 'Diterima', quarantined: 'Dikarantina', duplicates: 'Duplikat',
        quarantineRate: 'Tingkat karantina', duplicateRate: 'Tingkat duplikat', byReason: 'Karantina menurut alasan',
        reason: 'Alasan', rate: 'Tingkat', none: 'Tidak ada catatan penerimaan untuk bulan ini.',
        delayNote: 'Jeda: median (maks.) hari antara tanggal kejadian dan penerimaan di gudang data.',
      },
    },
    en: {
      locale: 'en-GB',
      title: 'Kampung Analytics Dashboard — Banyuwangi Regency',
      subtitle: 'Village development indicators for the regency, its 25 kecamatan and 217 villages, from the village data warehouse.',
      toggle: 'Bahasa Indonesia', toggleLang: 'id',
      period: 'Period', month: 'Month', indicator: 'Indicator for map and rank', loading: 'Loading data…',
      tabs: 'Indicator domains', trail: 'Area trail', tiles: 'Indicators of the selected area',
      map: 'Map', charts: 'Charts', exports: 'Download this view', build: 'Warehouse build:',
      footer: 'Values covering fewer than {min} persons, households, children or requests are hidden, as official statistics require; · means no data.',
      suppressed: 'hidden',
      suppressedTitle: 'hidden: covers fewer than {min} persons, households, children or requests',
      secondaryTitle: 'hidden so that another small cell cannot be worked out by subtraction',
      notPublished: 'not published for this period', noData: 'no data',
      villageStatus: 'village status', villagesPerBand: 'villages per status',
      domains: { PUBLIC_SERVICE: 'Public Services', POVERTY: 'Poverty', HEALTH: 'Health', EDUCATION: 'Education',
        ECONOMY: 'Economy', INFRASTRUCTURE: 'Basic Infrastructure', DEVELOPMENT: 'Village Development', QUALITY: 'Data Quality' },
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December'],
      groups: { YEAR: 'Year', SCHOOL_YEAR: 'School year', QUARTER: 'Quarter', MONTH: 'Month' },
      quarter: 'Q', year: 'Year', schoolYear: 'School year',
      directions: { HIGHER_IS_BETTER: '▲ higher is better', LOWER_IS_BETTER: '▼ lower is better' },
      levels: { REGENCY: '', DISTRICT: 'Kec. ', VILLAGE: 'Desa ' }, kelurahan: 'Kel. ',
      members: { L: 'Male', P: 'Female', KIOSK: 'Kiosk', COUNTER: 'Counter', ONLINE: 'Online' },
      caption: 'Values by area', pickKecamatan: ' — pick a kecamatan to see its villages',
      area: 'Area', rank: 'Rank', change: 'Change', sortBy: 'sort by',
      vs: 'vs', points: 'points', same: 'unchanged', target: 'Target', onTrack: '✓ on track', offTrack: '✗ off track',
      trend: 'Trend', seeVillages: 'See the villages of ', mapHintRegency: 'Click a kecamatan on the map to see its villages.',
      mapHintDistrict: 'Click a village on the map to see its figures.', noMap: 'No map for this indicator.',
      csv: 'Table (CSV)', xlsx: 'Table (Excel)', png: 'Chart (PNG)', svg: 'Chart (SVG)', mapSvg: 'Map (SVG)', brief: 'Area brief (PDF)',
      freshness: (date, built) => 'Data up to ' + date + ', built ' + built,
      builtOnly: (built) => 'Built ' + built,
      noDomainData: 'No data for this domain yet.', failed: 'Could not load the data: ',
      units: { percent: 'percent', count: 'count', rupiah: 'rupiah', hours: 'hours', index: 'index', category: 'status',
        per_1000: 'per 1,000', ratio: 'ratio' },
      q: {
        delivery: "This month's deliveries by village", delivered: (n, total, source) => n + ' of ' + total + ' villages delivered ' + source + ' data',
        village: 'Village', kecamatan: 'Kecamatan', records: 'records', files: 'files', delay: 'delay (days)',
        notDelivered: 'not delivered', ingest: 'Ingestion by source', source: 'Source', runs: 'Runs',
        lines: 'Lines read', accepted: 'Accepted', quarantined: 'Quarantined', duplicates: 'Duplicates',
        quarantineRate: 'Quarantine rate', duplicateRate: 'Duplicate rate', byReason: 'Quarantine by reason',
        reason: 'Reason', rate: 'Rate', none: 'No ingestion recorded for this month.',
        delayNote: 'Delay: median (max) days from the day of an event to its ingestion into the warehouse.',
      },
    },
  };
  // A tile shows the first of these breakdowns its indicator declares (36 services would not fit a tile).
  const TILE_BREAKDOWNS = ['sex', 'channel'];
  const YEARLY = ['YEAR', 'SCHOOL_YEAR'];

  const $ = (id) => document.getElementById(id);
  const q = encodeURIComponent;
  const state = {
    lang: 'id', indicators: [], domains: [], domain: null, path: [], periods: {}, chosen: {}, picked: {},
    sort: { key: 'area', desc: false }, areas: {}, targets: [], health: {}, run: 0,
  };
  const t = () => TEXT[state.lang];
  const tileBreakdown = (ind) => TILE_BREAKDOWNS.find((b) => ind.disaggregations.includes(b));
  const nameOf = (ind) => (state.lang === 'en' && ind.name_en ? ind.name_en : ind.name_id);
  const unitOf = (ind) => (state.lang === 'en' ? t().units[ind.unit] || ind.unit_label : ind.unit_label);
  const selectedArea = () => state.path[state.path.length - 1];
  /** "Kec. Genteng", "Desa Sarongan", "Kel. Penganjuran": a village's kind tells desa from kelurahan. */
  const areaLabel = (a) => (a.kind === 'kelurahan' ? t().kelurahan : t().levels[a.area_level]) + a.area_name;

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
      case 'MONTH': return t().months[Number(code.slice(5)) - 1] + ' ' + code.slice(0, 4);
      case 'QUARTER': return t().quarter + code.slice(6) + ' ' + code.slice(0, 4);
      case 'SCHOOL_YEAR': return t().schoolYear + ' ' + code;
      default: return t().year + ' ' + code;
    }
  }

  /** The same period a year earlier: 2023 for 2024, 2023-04 for 2024-04, 2023/2024 for 2024/2025. */
  function yearBefore(code) {
    const minus = (y) => String(Number(y) - 1);
    if (kindOf(code) === 'SCHOOL_YEAR') return code.split('/').map(minus).join('/');
    return minus(code.slice(0, 4)) + code.slice(4);
  }

  // --- numbers
  /** The decimals of a unit, where no indicator says (band counts); an indicator's own are the catalog's `decimals`. */
  function decimals(unit) {
    if (unit === 'count' || unit === 'rupiah' || unit === 'category') return 0;
    return unit === 'index' ? 2 : 1;
  }

  function number(value, d) {
    return new Intl.NumberFormat(t().locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
  }

  function format(value, unit, places) {
    const n = number(value, places ?? decimals(unit));
    if (unit === 'percent') return n + '%';
    if (unit === 'hours') return n + (state.lang === 'en' ? ' h' : ' jam');
    if (unit === 'rupiah') return 'Rp ' + n;
    return n;
  }

  /** A difference: "+1,2 poin" for a percentage, else in the indicator's unit. */
  function formatChange(delta, unit, places) {
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
    const n = number(Math.abs(delta), places ?? decimals(unit));
    if (unit === 'percent') return sign + n + ' ' + t().points;
    return sign + format(Math.abs(delta), unit, places);
  }

  /** good, bad or neutral: whether a change is for the better under the indicator's direction. */
  function judged(ind, delta) {
    if (delta === 0 || !ind.direction || ind.direction === 'NEUTRAL') return 'neutral';
    return (delta > 0) === (ind.direction === 'HIGHER_IS_BETTER') ? 'good' : 'bad';
  }

  function bandLabel(category) {
    return category.toLowerCase().split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  }

  /** The one published number of an area's rows, or null (suppressed, no data, a band). */
  function numeric(ind, rows) {
    if (!rows || rows.length !== 1 || rows[0].suppressed || ind.unit === 'category' || rows[0].value === null) return null;
    return rows[0].value;
  }

  /** How the values of one indicator for one area and period read: text, title and a css class. */
  function reading(ind, rows) {
    if (rows === undefined) return { text: '—', title: t().notPublished, css: 'missing' };
    if (rows.length === 0) return { text: '·', title: t().noData, css: 'missing' };
    if (rows.every((r) => r.suppressed)) {
      const secondary = rows.every((r) => r.suppression === 'secondary');
      return { text: t().suppressed, title: secondary ? t().secondaryTitle : t().suppressedTitle, css: 'suppressed' };
    }
    if (ind.unit === 'category') {
      const own = rows.length === 1 && rows[0].value === null; // a village: its own band
      const text = own ? bandLabel(rows[0].category)
        : rows.map((r) => bandLabel(r.category) + ' ' + format(r.value, 'count')).join(', ');
      return { text, title: own ? t().villageStatus : t().villagesPerBand, css: 'bands' };
    }
    return { text: format(rows[0].value, ind.unit, ind.decimals), title: '', css: '' };
  }

  // --- data
  async function area(code) {
    if (!state.areas[code]) state.areas[code] = await getJson('/api/v1/areas/' + q(code));
    return state.areas[code];
  }

  /** The values asked in the view being drawn, by URL: a view asks each once (the regency's series serve defaultPeriod and the tiles). */
  let asked = new Map();

  async function values(ind, areaCode, period, children, by) {
    const url = '/api/v1/values?indicator=' + q(ind.code) + '&area=' + q(areaCode)
      + (period ? '&period=' + q(period) : '') + (children ? '&children=true' : '') + (by ? '&by=' + q(by) : '');
    if (!asked.has(url)) asked.set(url, getJson(url).then((body) => body.values));
    return asked.get(url);
  }

  /**
   * A view's values in one answer (/api/v1/views: without a period the domain's series, with one the
   * table, the splits and the map's year before): values() then finds each of its URLs asked already.
   */
  function view(domain, areaCode, period) {
    const url = '/api/v1/views?domain=' + q(domain) + '&area=' + q(areaCode) + (period ? '&period=' + q(period) : '');
    if (!asked.has(url)) {
      asked.set(url, getJson(url).then((body) => {
        for (const v of body.views) if (!asked.has(v.url)) asked.set(v.url, Promise.resolve(v.values));
      }).catch(() => null)); // values() then asks each URL alone
    }
    return asked.get(url);
  }

  function groupByArea(rows) {
    const byArea = new Map();
    for (const r of rows) byArea.set(r.area, (byArea.get(r.area) || []).concat([r]));
    return byArea;
  }

  /** The latest yearly period in which the most of the domain's indicators have a regency number. */
  async function defaultPeriod(domain, indicators, codes) {
    await view(domain, REGENCY, null);
    const all = await Promise.all(indicators.map((ind) => values(ind, REGENCY, null, false)));
    const shown = (code) => all.filter((rows) => rows.some((r) => r.period === code && !r.suppressed)).length;
    const yearly = codes.filter((c) => YEARLY.includes(kindOf(c)));
    let best = null;
    for (const code of (yearly.length ? yearly : codes)) {
      if (best === null || shown(code) >= shown(best)) best = code;
    }
    return best;
  }

  function target(ind, period) {
    return state.targets.find((x) => x.indicator === ind.code && x.year === Number(period.slice(0, 4)));
  }

  // --- the URL: the whole view, so that a link opens it and back returns to the one before
  function toUrl() {
    const p = new URLSearchParams();
    p.set('tab', state.domain);
    p.set('area', selectedArea().area);
    if (state.chosen[state.domain]) p.set('period', state.chosen[state.domain]);
    if (state.picked[state.domain]) p.set('indicator', state.picked[state.domain]);
    if (state.lang !== 'id') p.set('lang', state.lang);
    return '?' + p.toString();
  }

  /** Changes the view: the change, a new history entry, then the view drawn. */
  function navigate(change) {
    change();
    history.pushState(null, '', toUrl());
    show().catch(fail);
  }

  async function pathTo(code) {
    const path = [await area(REGENCY)];
    if (/^\d{6}(\d{4})?$/.test(code)) path.push(await area(code.slice(0, 6)));
    if (/^\d{10}$/.test(code)) path.push(await area(code));
    return path;
  }

  /** Reads the view from the URL (on opening and on back/forward); a value it does not know is ignored. */
  async function fromUrl() {
    const p = new URLSearchParams(location.search);
    const lang = p.get('lang') === 'en' ? 'en' : 'id';
    if (lang !== state.lang || !document.body.dataset.lang) setLanguage(lang);
    const tab = p.get('tab');
    state.domain = state.domains.includes(tab) || tab === QUALITY ? tab : state.domains[0];
    const code = p.get('area');
    try {
      state.path = code ? await pathTo(code) : [await area(REGENCY)];
    } catch (e) {
      state.path = [await area(REGENCY)];
    }
    if (p.get('period')) state.chosen[state.domain] = p.get('period');
    if (p.get('indicator')) state.picked[state.domain] = p.get('indicator');
  }

  // --- language
  function setLanguage(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.body.dataset.lang = lang;
    document.title = t().title;
    for (const node of document.querySelectorAll('[data-text]')) node.textContent = t()[node.dataset.text];
    $('lang').textContent = t().toggle;
    $('lang').lang = t().toggleLang;
    $('tabs').setAttribute('aria-label', t().tabs);
    $('trail').setAttribute('aria-label', t().trail);
    $('kpis').setAttribute('aria-label', t().tiles);
    for (const tab of $('tabs').children) tab.textContent = t().domains[tab.dataset.domain] || tab.dataset.domain;
    freshness();
  }

  function dateText(iso) {
    return new Intl.DateTimeFormat(t().locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso + 'T00:00:00'));
  }

  function timeText(iso) {
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return iso;
    return new Intl.DateTimeFormat(t().locale, { dateStyle: 'long', timeStyle: 'short' }).format(when);
  }

  /** The banner: how far the data reaches and when the warehouse was built. */
  function freshness() {
    const built = state.health.built_at ? timeText(state.health.built_at) : '–';
    $('freshness').textContent = state.latest ? t().freshness(dateText(state.latest), built) : t().builtOnly(built);
    if (state.latest) $('freshness').dataset.latest = state.latest;
  }

  // --- rendering
  function tabs() {
    const nav = $('tabs');
    const all = state.domains.concat([QUALITY]);
    nav.replaceChildren(...all.map((domain) => {
      const tab = el('button', { type: 'button', id: 'tab-' + domain, textContent: t().domains[domain] || domain });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', 'panel');
      tab.dataset.domain = domain;
      tab.addEventListener('click', () => {
        if (domain !== state.domain) navigate(() => { state.domain = domain; });
      });
      return tab;
    }));
    nav.addEventListener('keydown', (e) => { // arrow keys move between tabs
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (!step) return;
      const i = (all.indexOf(state.domain) + step + all.length) % all.length;
      navigate(() => { state.domain = all[i]; });
      $('tab-' + all[i]).focus();
    });
  }

  function markTab() {
    for (const tab of $('tabs').children) {
      const on = tab.dataset.domain === state.domain;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    $('panel').setAttribute('aria-labelledby', 'tab-' + state.domain);
  }

  function fillPeriods(codes, chosen, label) {
    const select = $('period');
    select.replaceChildren();
    for (const kind of ['YEAR', 'SCHOOL_YEAR', 'QUARTER', 'MONTH']) {
      const ofKind = codes.filter((c) => kindOf(c) === kind).reverse();
      if (ofKind.length) select.appendChild(el('optgroup', { label: label || t().groups[kind] }, ...ofKind.map((c) => new Option(periodLabel(c), c))));
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
      up.addEventListener('click', () => navigate(() => { state.path = state.path.slice(0, i + 1); }));
      return el('li', {}, up);
    });
    $('breadcrumb').replaceChildren(...items);
  }

  function drill(child) {
    navigate(() => { state.path = state.path.concat([child]); });
  }

  /** "Laki-laki 18,2% · Perempuan disamarkan": each member of a tile's breakdown, suppressed on its own. */
  function split(ind, rows) {
    if (!rows || rows.length === 0) return null;
    const text = rows.map((r) => (t().members[r.member] || r.member) + ' '
      + (r.suppressed || r.value === null ? t().suppressed : format(r.value, ind.unit, ind.decimals))).join(' · ');
    const p = el('p', { className: 'kpi-breakdown', textContent: text });
    p.dataset.breakdown = rows[0].breakdown;
    return p;
  }

  /** The series of one kind (the period's) as [period, value] of its published numbers, in order. */
  function seriesOf(ind, rows, period) {
    const kind = kindOf(period);
    return (rows || []).filter((r) => kindOf(r.period) === kind && !r.breakdown && !r.suppressed && r.value !== null
      && ind.unit !== 'category').map((r) => [r.period, r.value]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  /** "▼ −1,2 poin vs 2023", coloured by whether that is better; null when either number is missing. */
  function comparison(ind, series, period, earlier, kind) {
    const now = series.find((s) => s[0] === period);
    const then = series.find((s) => s[0] === earlier);
    if (!now || !then) return null;
    const delta = now[1] - then[1];
    const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '●';
    const text = delta === 0 ? t().same + ' ' + t().vs + ' ' + periodLabel(earlier)
      : arrow + ' ' + formatChange(delta, ind.unit, ind.decimals) + ' ' + t().vs + ' ' + periodLabel(earlier);
    const p = el('p', { className: 'kpi-change ' + judged(ind, delta), textContent: text });
    p.dataset.compare = kind;
    p.dataset.delta = String(delta);
    return p;
  }

  /** A small line of the series up to the period, the target as a dashed line; alt text lists the numbers. */
  function sparkline(ind, series, period, goal) {
    const upTo = series.filter((s) => s[0] <= period);
    if (upTo.length < 2) return null;
    const w = 140;
    const h = 32;
    const ys = upTo.map((s) => s[1]).concat(goal ? [goal.target] : []);
    const lo = Math.min(...ys);
    const hi = Math.max(...ys);
    const y = (v) => (hi === lo ? h / 2 : h - 3 - ((v - lo) / (hi - lo)) * (h - 6));
    const x = (i) => 3 + (i * (w - 6)) / (upTo.length - 1);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    svg.setAttribute('class', 'sparkline');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', t().trend + ' ' + nameOf(ind) + ': '
      + upTo.map((s) => periodLabel(s[0]) + ' ' + format(s[1], ind.unit, ind.decimals)).join(', ')
      + (goal ? '; ' + t().target + ' ' + format(goal.target, ind.unit, ind.decimals) : ''));
    if (goal) {
      const line = document.createElementNS(ns, 'line');
      for (const [k, v] of Object.entries({ x1: 0, x2: w, y1: y(goal.target), y2: y(goal.target), class: 'target-line' })) line.setAttribute(k, v);
      svg.appendChild(line);
    }
    const path = document.createElementNS(ns, 'polyline');
    path.setAttribute('points', upTo.map((s, i) => x(i).toFixed(1) + ',' + y(s[1]).toFixed(1)).join(' '));
    svg.appendChild(path);
    const dot = document.createElementNS(ns, 'circle');
    for (const [k, v] of Object.entries({ cx: x(upTo.length - 1), cy: y(upTo[upTo.length - 1][1]), r: 2.5 })) dot.setAttribute(k, v);
    svg.appendChild(dot);
    return svg;
  }

  function targetMark(ind, value, goal) {
    if (!goal) return null;
    const text = t().target + ' ' + format(goal.target, ind.unit, ind.decimals);
    if (value === null) return el('p', { className: 'kpi-target', textContent: text, title: goal.source });
    const met = ind.direction === 'LOWER_IS_BETTER' ? value <= goal.target : value >= goal.target;
    const p = el('p', { className: 'kpi-target ' + (met ? 'good' : 'bad'), textContent: text + ' · ' + (met ? t().onTrack : t().offTrack),
      title: goal.source });
    p.dataset.onTrack = String(met);
    return p;
  }

  function kpis(indicators, own, splits, series, period) {
    $('kpis').replaceChildren(...indicators.map((ind, i) => {
      const r = reading(ind, own[i]);
      const s = seriesOf(ind, series[i], period);
      const goal = target(ind, period);
      const previous = s.filter((x) => x[0] < period).map((x) => x[0]).pop();
      const year = yearBefore(period);
      const tile = el('article', { className: 'kpi ' + r.css },
        el('h3', { textContent: nameOf(ind) }),
        el('p', { className: 'kpi-value', textContent: r.text, title: r.title }),
        split(ind, splits[i]),
        el('p', { className: 'kpi-unit', textContent: unitOf(ind) }),
        comparison(ind, s, period, year, 'year'),
        previous && previous !== year ? comparison(ind, s, period, previous, 'previous') : null,
        sparkline(ind, s, period, goal),
        targetMark(ind, numeric(ind, own[i]), goal),
        ind.framework ? el('p', { className: 'kpi-framework', textContent: ind.framework }) : null,
        t().directions[ind.direction] ? el('p', { className: 'kpi-direction', textContent: t().directions[ind.direction] }) : null);
      tile.dataset.indicator = ind.code;
      tile.title = ind.definition;
      return tile;
    }));
  }

  /** Ranks the areas by one indicator's number, the best first under its direction; ties share a rank. */
  function ranks(ind, children, cellsOf) {
    const better = ind.direction === 'LOWER_IS_BETTER' ? (a, b) => a - b : (a, b) => b - a;
    const valued = children.map((c) => [c.area, numeric(ind, cellsOf(c))]).filter((x) => x[1] !== null);
    valued.sort((a, b) => better(a[1], b[1]));
    const rank = new Map();
    valued.forEach((x, i) => rank.set(x[0], i > 0 && valued[i - 1][1] === x[1] ? rank.get(valued[i - 1][0]) : i + 1));
    return rank;
  }

  function sortButton(label, key, title) {
    const on = state.sort.key === key;
    const b = el('button', { type: 'button', className: 'sort', textContent: label + (on ? (state.sort.desc ? ' ↓' : ' ↑') : ''), title });
    b.dataset.sort = key;
    b.addEventListener('click', () => {
      state.sort = { key, desc: on ? !state.sort.desc : key !== 'area' };
      drawTable();
    });
    return b;
  }

  function header(label, key, extra) {
    const th = el('th', { scope: 'col' }, sortButton(label, key, t().sortBy + ' ' + label), extra || null);
    if (state.sort.key === key) th.setAttribute('aria-sort', state.sort.desc ? 'descending' : 'ascending');
    return th;
  }

  let tableView = null;

  /** The table of the selected area (first) and the areas below it, sorted by area, an indicator's value or its change. */
  function drawTable() {
    const { indicators, selected, children, own, byChild, chosen, before, period } = tableView;
    const cellsOf = (c, i) => (byChild[i] ? byChild[i].get(c.area) || [] : undefined);
    const ci = indicators.indexOf(chosen);
    const rank = chosen && children.length ? ranks(chosen, children, (c) => cellsOf(c, ci)) : new Map();
    const changeOf = (c) => {
      const now = chosen ? numeric(chosen, cellsOf(c, ci)) : null;
      const then = before ? numeric(chosen, before.get(c.area)) : null;
      return now === null || then === null ? null : now - then;
    };
    $('values-caption').textContent = t().caption + ', ' + periodLabel(period)
      + (selected.area_level === 'REGENCY' ? t().pickKecamatan : '');
    const heads = [header(t().area, 'area')];
    if (chosen && children.length) heads.push(header(t().rank, 'rank'));
    indicators.forEach((ind, i) => heads.push(header(nameOf(ind), 'value:' + i, el('span', { className: 'unit', textContent: unitOf(ind) }))));
    if (chosen && children.length) heads.push(header(t().change + ' ' + t().vs + ' ' + periodLabel(yearBefore(period)), 'change'));
    $('values-head').replaceChildren(...heads);
    const valid = (k) => (k.startsWith('value:') ? Number(k.slice(6)) < indicators.length
      : k === 'area' || (chosen && children.length > 0));
    if (!valid(state.sort.key)) state.sort = { key: 'area', desc: false };
    const key = state.sort.key;
    const sortValue = (c) => {
      if (key === 'rank') return rank.has(c.area) ? rank.get(c.area) : null;
      if (key === 'change') return changeOf(c);
      if (key.startsWith('value:')) {
        const i = Number(key.slice(6));
        return numeric(indicators[i], cellsOf(c, i));
      }
      return null;
    };
    const sorted = children.slice();
    if (key !== 'area') {
      sorted.sort((a, b) => {
        const x = sortValue(a);
        const y = sortValue(b);
        if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1; // no number: last
        return state.sort.desc ? y - x : x - y;
      });
    } else if (state.sort.desc) {
      sorted.reverse();
    }
    const row = (a, cells, isSelected) => {
      const name = areaLabel(a);
      let label = name;
      if (!isSelected && a.area_level !== 'REGENCY') {
        label = el('button', { type: 'button', className: 'link', textContent: name, title: t().seeVillages + name });
        label.addEventListener('click', () => drill(a));
      }
      const tds = [el('th', { scope: 'row' }, label)];
      if (chosen && children.length) {
        const td = el('td', { className: 'num rank', textContent: !isSelected && rank.has(a.area) ? String(rank.get(a.area)) : '' });
        tds.push(td);
      }
      indicators.forEach((ind, i) => {
        const r = reading(ind, cells(i));
        const td = el('td', { className: 'num ' + r.css, textContent: r.text, title: r.title });
        td.dataset.indicator = ind.code;
        tds.push(td);
      });
      if (chosen && children.length) {
        const delta = isSelected ? null : changeOf(a);
        const td = el('td', { className: 'num change ' + (delta === null ? '' : judged(chosen, delta)),
          textContent: delta === null ? '' : (delta > 0 ? '▲ ' : delta < 0 ? '▼ ' : '') + formatChange(delta, chosen.unit, chosen.decimals) });
        td.dataset.change = delta === null ? '' : String(delta);
        tds.push(td);
      }
      const tr = el('tr', { className: isSelected ? 'selected' : '' }, ...tds);
      tr.dataset.area = a.area;
      return tr;
    };
    $('values-body').replaceChildren(row(selected, (i) => own[i], true), ...sorted.map((c) => row(c, (i) => cellsOf(c, i), false)));
  }

  function chartUrl(ind, selected, period, ext) {
    return '/api/v1/charts/' + q(ind.code) + '.' + ext + '?area=' + q(selected.area) + '&period=' + q(period);
  }

  function charts(indicators, selected, period) {
    $('charts').replaceChildren(...indicators.filter((ind) => publishedFor(ind, period)).map((ind) => {
      const img = el('img', {
        src: chartUrl(ind, selected, period, 'svg'),
        alt: nameOf(ind) + ', ' + areaLabel(selected) + ', ' + periodLabel(period),
        loading: 'lazy',
      });
      img.dataset.indicator = ind.code;
      return el('figure', {}, img, el('figcaption', {
        textContent: nameOf(ind) + ' (' + unitOf(ind) + ')' + (ind.framework ? ', ' + ind.framework : '')
          + (t().directions[ind.direction] ? ' — ' + t().directions[ind.direction] : ''),
      }));
    }));
  }

  function mapUrl(ind, mapArea, period) {
    return '/api/v1/maps/' + q(ind.code) + '.svg?area=' + q(mapArea.area) + '&period=' + q(period)
      + (state.lang === 'en' ? '&lang=en' : '');
  }

  /** The map of the areas below the selected one (a village: its kecamatan's), inline so its areas can be clicked. */
  async function map(ind, selected, period, run) {
    const figure = $('map');
    const mapArea = selected.area_level === 'VILLAGE' ? state.path[state.path.length - 2] : selected;
    if (!ind) {
      figure.replaceChildren(el('p', { className: 'hint', textContent: t().noMap }));
      $('map-hint').textContent = '';
      return;
    }
    const response = await fetch(mapUrl(ind, mapArea, period));
    if (run !== state.run) return;
    if (!response.ok) {
      figure.replaceChildren(el('p', { className: 'hint', textContent: t().noMap }));
      return;
    }
    figure.innerHTML = await response.text(); // our own server's SVG (ChoroplethMap), escaped there
    const svg = figure.querySelector('svg');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-labelledby', 'map-title');
    const title = svg.querySelector(':scope > title');
    if (title) title.id = 'map-title';
    $('map-hint').textContent = mapArea.area_level === 'REGENCY' ? t().mapHintRegency : t().mapHintDistrict;
    const children = (await area(mapArea.area)).children;
    for (const g of svg.querySelectorAll('g.area')) {
      const child = children.find((c) => c.area === g.dataset.area);
      if (!child) continue;
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', (g.querySelector('title') || {}).textContent || areaLabel(child));
      if (child.area === selected.area) g.classList.add('selected');
      const go = () => {
        if (child.area === selected.area) return;
        navigate(() => { state.path = state.path.slice(0, mapArea.area_level === 'REGENCY' ? 1 : 2).concat([child]); });
      };
      g.addEventListener('click', go);
      g.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          go();
        }
      });
    }
  }

  function link(text, href, kind) {
    const a = el('a', { href, textContent: text, download: '' });
    a.dataset.export = kind;
    return el('li', {}, a);
  }

  function exports(ind, selected, period) {
    const view = '?area=' + q(selected.area) + '&period=' + q(period) + (state.lang === 'en' ? '&lang=en' : '');
    const items = [link(t().csv, '/api/v1/tables/' + q(state.domain) + '.csv' + view, 'csv'),
      link(t().xlsx, '/api/v1/tables/' + q(state.domain) + '.xlsx' + view, 'xlsx'),
      // the area's planner brief of the period's (first) calendar year: 2024 for 2024-03, 2024-Q1 and 2024/2025
      link(t().brief, '/api/v1/reports/brief.pdf?area=' + q(selected.area) + '&year=' + q(period.slice(0, 4))
        + (state.lang === 'en' ? '&lang=en' : ''), 'pdf')];
    if (ind) {
      items.push(link(t().png + ': ' + nameOf(ind), chartUrl(ind, selected, period, 'png'), 'png'),
        link(t().svg + ': ' + nameOf(ind), chartUrl(ind, selected, period, 'svg'), 'svg'));
      if (selected.area_level !== 'VILLAGE') items.push(link(t().mapSvg + ': ' + nameOf(ind), mapUrl(ind, selected, period), 'map'));
    }
    $('exports').replaceChildren(...items);
  }

  function fillIndicators(mappable, chosen) {
    const select = $('indicator');
    select.replaceChildren(...mappable.map((ind) => new Option(nameOf(ind), ind.code)));
    if (chosen) select.value = chosen.code;
    select.disabled = mappable.length === 0;
  }

  async function render() {
    const run = ++state.run; // a newer render makes this one stop before it draws
    const domain = state.domain;
    const period = state.chosen[domain];
    const selected = selectedArea();
    // an index framework only in the years it is reported for, never two frameworks as one series
    const indicators = state.indicators.filter((i) => i.domain === domain && reportedIn(i, period));
    $('status').textContent = t().loading;
    breadcrumb();
    $('area-title').textContent = areaLabel(selected) + ', ' + periodLabel(period);
    const children = selected.area_level === 'VILLAGE' ? [] : (await area(selected.area)).children;
    const shown = indicators.map((ind) => publishedFor(ind, period));
    const mappable = indicators.filter((ind, i) => shown[i] && ind.unit !== 'category');
    const chosen = mappable.find((ind) => ind.code === state.picked[domain]) || mappable[0] || null;
    fillIndicators(mappable, chosen);
    await Promise.all([view(domain, selected.area, null), view(domain, selected.area, period)]);
    const [byChild, splits, series, before] = await Promise.all([
      Promise.all(indicators.map((ind, i) => (shown[i] && children.length
        ? values(ind, selected.area, period, true).then(groupByArea) : undefined))),
      Promise.all(indicators.map((ind, i) => (shown[i] && tileBreakdown(ind)
        ? values(ind, selected.area, period, false, tileBreakdown(ind)) : undefined))),
      Promise.all(indicators.map((ind, i) => (shown[i] ? values(ind, selected.area, null, false) : undefined))),
      chosen && children.length ? values(chosen, selected.area, yearBefore(period), true).then(groupByArea).catch(() => null) : null,
    ]);
    if (run !== state.run) return;
    // a tile's own number is its series' row of the period (the same row the API answers for it alone)
    const own = series.map((rows) => rows && rows.filter((r) => r.period === period));
    kpis(indicators, own, splits, series, period);
    tableView = { indicators, selected, children, own, byChild, chosen, before, period };
    drawTable();
    charts(indicators, selected, period);
    exports(chosen, selected, period);
    await map(chosen, selected, period, run);
    if (run !== state.run) return;
    $('status').textContent = '';
    document.body.dataset.loaded = domain + ' ' + selected.area + ' ' + period;
  }

  function showView(quality) {
    $('domain-view').hidden = quality;
    $('quality-view').hidden = !quality;
    for (const node of document.querySelectorAll('.for-domain')) node.hidden = quality;
  }

  /** Draws the view the state says (after a navigation, or from the URL). */
  async function show() {
    asked = new Map(); // a new view asks again: the build may have changed since the last one
    markTab();
    const domain = state.domain;
    if (domain === QUALITY) {
      showView(true);
      await renderQuality();
      return;
    }
    showView(false);
    $('period').previousElementSibling.textContent = t().period;
    if (!state.periods[domain]) {
      const periods = (await getJson('/api/v1/periods?domain=' + q(domain))).periods;
      state.periods[domain] = [...new Set(periods.map((p) => p.period))];
    }
    const codes = state.periods[domain];
    if (codes.length && !codes.includes(state.chosen[domain])) {
      state.chosen[domain] = await defaultPeriod(domain, state.indicators.filter((i) => i.domain === domain), codes);
      history.replaceState(null, '', toUrl());
    }
    if (state.domain !== domain) return;
    fillPeriods(codes, state.chosen[domain]);
    if (!codes.length) {
      state.run++;
      for (const id of ['kpis', 'values-head', 'values-body', 'charts', 'map', 'exports']) $(id).replaceChildren();
      $('status').textContent = t().noDomainData;
      document.body.dataset.loaded = domain + ' none';
      return;
    }
    await render();
  }

  // --- the data-quality tab: the lake's own records, per village and source
  function simpleTable(caption, heads, rows, cls) {
    return el('table', { className: cls || '' }, el('caption', { textContent: caption }),
      el('thead', {}, el('tr', {}, ...heads.map((h, i) => el('th', { scope: 'col', textContent: h, className: i ? 'num' : '' })))),
      el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((c, i) => (i === 0
        ? el('th', { scope: 'row', textContent: c })
        : el('td', { className: 'num', textContent: c })))))));
  }

  const percent = (v) => (v === null || v === undefined ? '·' : number(v, 1) + '%');

  async function renderQuality() {
    const run = ++state.run;
    const selected = selectedArea();
    $('status').textContent = t().loading;
    breadcrumb();
    const month = state.chosen[QUALITY];
    const body = await getJson('/api/v1/quality?area=' + q(selected.area) + (month ? '&month=' + q(month) : ''));
    if (run !== state.run) return;
    state.chosen[QUALITY] = body.month;
    history.replaceState(null, '', toUrl());
    $('period').previousElementSibling.textContent = t().month;
    fillPeriods(body.months.slice().reverse(), body.month, t().month);
    $('area-title').textContent = t().domains.QUALITY + ': ' + areaLabel(selected) + (body.month ? ', ' + periodLabel(body.month) : '');
    const view = $('quality-view');
    if (!body.month) {
      view.replaceChildren(el('p', { textContent: t().q.none }));
    } else {
      const sources = [...new Set(body.delivery.map((d) => d.source))];
      const byKey = new Map(body.delivery.map((d) => [d.source + ' ' + d.village, d]));
      const summary = el('ul', { className: 'quality-summary' }, ...sources.map((s) => {
        const n = new Set(body.delivery.filter((d) => d.source === s).map((d) => d.village)).size;
        const li = el('li', { textContent: t().q.delivered(n, body.villages.length, s) });
        li.dataset.source = s;
        li.dataset.delivered = String(n);
        return li;
      }));
      const cell = (d) => (d ? number(d.records, 0) + ' ' + t().q.records + ', ' + number(d.files, 0) + ' ' + t().q.files
        + (d.median_delay_days === null ? '' : ' · ' + number(d.median_delay_days, 1) + ' (' + number(d.max_delay_days, 0) + ') ' + t().q.delay)
        : t().q.notDelivered);
      const delivery = simpleTable(t().q.delivery, [t().q.village].concat(sources),
        body.villages.map((v) => [v.name].concat(sources.map((s) => cell(byKey.get(s + ' ' + v.code))))), 'quality-delivery');
      body.villages.forEach((v, i) => {
        const tr = delivery.tBodies[0].rows[i];
        tr.dataset.area = v.code;
        sources.forEach((s, j) => { if (!byKey.get(s + ' ' + v.code)) tr.cells[j + 1].classList.add('missing'); });
      });
      const ingest = simpleTable(t().q.ingest, [t().q.source, t().q.runs, t().q.lines, t().q.accepted, t().q.quarantined,
        t().q.quarantineRate, t().q.duplicates, t().q.duplicateRate], body.ingest.map((r) => [r.source, number(r.runs, 0),
        number(r.lines_read, 0), number(r.accepted, 0), number(r.quarantined, 0), percent(r.quarantine_rate),
        number(r.duplicates, 0), percent(r.duplicate_rate)]), 'quality-ingest');
      const reasons = simpleTable(t().q.byReason, [t().q.source, t().q.reason, t().q.quarantined, t().q.rate],
        body.quarantine.map((r) => [r.source, r.reason, number(r.records, 0), percent(r.rate)]), 'quality-quarantine');
      view.replaceChildren(summary, el('p', { className: 'hint', textContent: t().q.delayNote }),
        el('div', { className: 'table-wrap' }, delivery), el('div', { className: 'table-wrap' }, ingest),
        el('div', { className: 'table-wrap' }, reasons));
    }
    $('status').textContent = '';
    document.body.dataset.loaded = QUALITY + ' ' + selected.area + ' ' + (body.month || 'none');
  }

  async function start() {
    const [catalog, regency, health, targets, quality] = await Promise.all([
      getJson('/api/v1/indicators'), area(REGENCY), getJson('/health'),
      getJson('/api/v1/targets').then((b) => b.targets).catch(() => []),
      getJson('/api/v1/quality').catch(() => ({}))]);
    state.health = health;
    // the small-cell threshold is the build's configuration (catalog/disclosure.properties)
    Object.values(TEXT).forEach((text) => ['footer', 'suppressedTitle'].forEach((key) => {
      text[key] = text[key].replace('{min}', String(health.min_cell || 5));
    }));
    state.latest = quality.latest_record_date || null;
    state.targets = targets;
    $('build').textContent = health.build_id + ' (' + health.built_at + ')';
    state.indicators = catalog.indicators;
    state.domains = [...new Set(catalog.indicators.map((i) => i.domain))];
    state.path = [regency];
    tabs();
    $('period').addEventListener('change', (e) => navigate(() => { state.chosen[state.domain] = e.target.value; }));
    $('indicator').addEventListener('change', (e) => navigate(() => { state.picked[state.domain] = e.target.value; }));
    $('lang').addEventListener('click', () => navigate(() => setLanguage(t().toggleLang)));
    window.addEventListener('popstate', () => fromUrl().then(show).catch(fail));
    await fromUrl();
    history.replaceState(null, '', toUrl());
    await show();
  }

  function fail(error) {
    const status = $('status');
    status.className = 'error';
    status.textContent = t().failed + error.message;
  }

  start().catch(fail);
})();
