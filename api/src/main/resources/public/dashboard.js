'use strict';
// The dashboard: every PUBLIC_SERVICE indicator of the catalog (from /api/v1/indicators, never a
// fixed list) for the regency and its kecamatan, in the period chosen, with the ranked charts.
(function () {
  const REGENCY = '3510';
  const DOMAIN = 'PUBLIC_SERVICE';
  const SUPPRESSED = 'disembunyikan: kurang dari 5';
  const LOCALE = 'id-ID';
  const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus',
    'September', 'Oktober', 'November', 'Desember'];
  const KINDS = [['YEAR', 'Tahun'], ['QUARTER', 'Triwulan'], ['MONTH', 'Bulan']];
  const UNIT_LABELS = { percent: '%', hours: 'jam', count: 'jumlah', rupiah: 'Rp', index: 'indeks' };
  const DIRECTIONS = { HIGHER_IS_BETTER: ' — makin tinggi makin baik', LOWER_IS_BETTER: ' — makin rendah makin baik' };

  const $ = (id) => document.getElementById(id);
  const q = encodeURIComponent;

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || ('HTTP ' + response.status));
    }
    return body;
  }

  function decimals(unit) {
    if (unit === 'count' || unit === 'rupiah' || unit === 'category') return 0;
    if (unit === 'index') return 2;
    return 1;
  }

  function format(value, unit) {
    const d = decimals(unit);
    const number = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
    if (unit === 'percent') return number + '%';
    if (unit === 'hours') return number + ' jam';
    if (unit === 'rupiah') return 'Rp ' + number;
    return number;
  }

  function periodLabel(period) {
    if (period.period_kind === 'MONTH') {
      const [year, month] = period.period.split('-');
      return MONTHS[Number(month) - 1] + ' ' + year;
    }
    if (period.period_kind === 'QUARTER') {
      const [year, quarter] = period.period.split('-Q');
      return 'Triwulan ' + quarter + ' ' + year;
    }
    return 'Tahun ' + period.period;
  }

  function fillPeriods(select, periods) {
    for (const [kind, label] of KINDS) {
      const ofKind = periods.filter((p) => p.period_kind === kind).reverse();
      if (ofKind.length === 0) continue;
      const group = document.createElement('optgroup');
      group.label = label;
      for (const p of ofKind) {
        const option = new Option(periodLabel(p), p.period);
        group.appendChild(option);
      }
      select.appendChild(group);
    }
    const years = periods.filter((p) => p.period_kind === 'YEAR');
    const latest = years.length ? years[years.length - 1] : periods[periods.length - 1];
    if (latest) select.value = latest.period;
  }

  function header(indicators) {
    const row = $('values-head');
    for (const ind of indicators) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.title = ind.definition;
      th.textContent = ind.name_id;
      const unit = document.createElement('span');
      unit.className = 'unit';
      unit.textContent = UNIT_LABELS[ind.unit] || ind.unit;
      th.appendChild(unit);
      row.appendChild(th);
    }
  }

  function cell(ind, value) {
    const td = document.createElement('td');
    td.className = 'num';
    td.dataset.indicator = ind.code;
    if (!value) {
      td.classList.add('missing');
      td.textContent = '·';
      td.title = 'tidak ada data';
    } else if (value.suppressed) {
      td.classList.add('suppressed');
      td.textContent = '–';
      td.title = SUPPRESSED;
    } else {
      td.textContent = format(value.value, ind.unit);
    }
    return td;
  }

  function rows(indicators, areas, results) {
    const body = $('values-body');
    body.replaceChildren();
    for (const area of areas) {
      const tr = document.createElement('tr');
      tr.dataset.area = area.area;
      if (area.area_level === 'REGENCY') tr.className = 'regency';
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = area.area_level === 'DISTRICT' ? 'Kec. ' + area.area_name : area.area_name;
      tr.appendChild(th);
      indicators.forEach((ind, i) => tr.appendChild(cell(ind, results[i].get(area.area))));
      body.appendChild(tr);
    }
  }

  function charts(indicators, period) {
    const section = $('charts');
    section.replaceChildren();
    for (const ind of indicators) {
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.src = '/api/v1/charts/' + q(ind.code) + '.png?area=' + REGENCY + '&period=' + q(period.period);
      img.alt = ind.name_id + ' per kecamatan, ' + periodLabel(period);
      img.loading = 'lazy';
      img.dataset.indicator = ind.code;
      const caption = document.createElement('figcaption');
      caption.textContent = ind.name_id + ' (' + (UNIT_LABELS[ind.unit] || ind.unit) + ')' + (DIRECTIONS[ind.direction] || '');
      figure.append(img, caption);
      section.appendChild(figure);
    }
  }

  async function show(indicators, areas, period) {
    $('status').textContent = 'Memuat data…';
    $('period-label').textContent = periodLabel(period);
    const results = await Promise.all(indicators.map(async (ind) => {
      const base = '/api/v1/values?indicator=' + q(ind.code) + '&area=' + REGENCY + '&period=' + q(period.period);
      const [own, children] = await Promise.all([getJson(base), getJson(base + '&children=true')]);
      return new Map(own.values.concat(children.values).map((v) => [v.area, v]));
    }));
    rows(indicators, areas, results);
    charts(indicators, period);
    $('status').textContent = '';
    document.body.dataset.loaded = period.period;
  }

  async function start() {
    const [catalog, periods, region, health] = await Promise.all([
      getJson('/api/v1/indicators'),
      getJson('/api/v1/periods?domain=' + DOMAIN),
      getJson('/api/v1/areas/' + REGENCY),
      getJson('/health'),
    ]);
    $('build').textContent = health.build_id + ' (' + health.built_at + ')';
    const indicators = catalog.indicators.filter((i) => i.domain === DOMAIN);
    const areas = [region].concat(region.children);
    const byCode = new Map(periods.periods.map((p) => [p.period, p]));
    const select = $('period');
    header(indicators);
    if (periods.periods.length === 0) {
      $('status').textContent = 'Belum ada data.';
      return;
    }
    fillPeriods(select, periods.periods);
    select.disabled = false;
    select.addEventListener('change', () => show(indicators, areas, byCode.get(select.value)).catch(fail));
    await show(indicators, areas, byCode.get(select.value));
  }

  function fail(error) {
    const status = $('status');
    status.className = 'error';
    status.textContent = 'Gagal memuat data: ' + error.message;
  }

  start().catch(fail);
})();
