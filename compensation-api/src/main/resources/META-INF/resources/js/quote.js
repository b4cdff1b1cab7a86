// 住户报价: builds the household inventory from the form, quotes it live (debounced POST /api/v1/quotes), shows the
// problem+json violations beside the fields they name, and saves the quote to the ledger. Nothing typed is dropped
// without saying so: a value the page cannot read, or a line the service refuses, is marked where it stands and the
// rest of the quote is still shown; an expired login leads to the login page and back with the form kept.
(function () {
  'use strict';

  var app = document.getElementById('quote-app');
  if (!app) {
    return;
  }
  var SCHEDULE = app.dataset.schedule;
  var SECTIONS = JSON.parse(app.dataset.sections);
  var MEASURES = JSON.parse(app.dataset.measures);
  // the facts of the regulation the page states (computed rows, the incentive's rewards …), from the schedule's
  // GET /api/v1/schedules/{id}/facts: nothing of the regulation is written in this script
  var FACTS = { computed: [], incentive: null, appraisalOverrideSections: [] };
  var DEBOUNCE_MS = 350;
  var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
  var GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
  // dates as staff type them: 2023-07-01, 2023/7/1, 2023.7.1, 2023年7月1日, 20230701
  var YMD = /^(\d{4})\s*[-\/.年]\s*(\d{1,2})\s*[-\/.月]\s*(\d{1,2})\s*日?$/;
  var COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
  var DRAFT_KEY = 'quote-draft:' + window.location.pathname;
  var RELOGIN_KEY = 'quote-relogin';

  var form = document.getElementById('quote-form');
  var itemsBody = document.getElementById('items-body');
  var premisesBody = document.getElementById('premises-body');
  var statusEl = document.getElementById('quote-status');
  var totalEl = document.getElementById('total-amount');
  var outputEl = document.getElementById('quote-output');
  var generalEl = document.getElementById('general-errors');
  var saveResult = document.getElementById('save-result');

  var catalogue = [];          // rows a staff member may list, as GET /schedules/{id}/items gives them
  var byCode = {};
  var pickable = {};           // codes of the catalogue
  var rows = [];               // { item, tr }
  var premises = [];           // { div }
  var started = false;
  var timer = null;
  var sequence = 0;
  var inFlight = null;
  var lastQuotedBody = null;
  var idempotency = { body: null, key: null };
  // 更正: the ledger entry this form corrects (from /?correct=N); saving supersedes it
  var correcting = null;
  var reservedRefs = {};       // every ref of the corrected inventory: a new row never takes one (I-50)
  var nextRef = 1;
  var clientErrors = [];
  var areaInput = document.getElementById('f-area');
  var measuredInput = document.getElementById('f-measured');
  var areaFill = document.getElementById('area-from-measured');

  // ---- small helpers ------------------------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) {
          return;
        }
        if (k === 'text') {
          e.textContent = v;
        } else if (k === 'className') {
          e.className = v;
        } else if (k.indexOf('data-') === 0 || k.indexOf('aria-') === 0 || k === 'for' || k === 'role') {
          e.setAttribute(k, v === true ? '' : v);
        } else {
          e[k] = v;
        }
      });
    }
    (children || []).forEach(function (c) {
      if (c !== null && c !== undefined) {
        e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    });
    return e;
  }

  var moneyFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

  function money(x) {
    return x === null || x === undefined ? '' : moneyFormat.format(Number(x));
  }

  function moneyRange(min, max) {
    if (min === null || min === undefined) {
      return money(max);
    }
    return Number(min) === Number(max) || max === null || max === undefined
      ? money(min) : money(min) + ' – ' + money(max);
  }

  function plain(x) {
    if (x === null || x === undefined) {
      return '';
    }
    return String(Number(x));
  }

  function plainRange(min, max) {
    if ((min === null || min === undefined) && (max === null || max === undefined)) {
      return '—';
    }
    if (min === null || min === undefined || max === null || max === undefined || Number(min) === Number(max)) {
      return plain(min !== null && min !== undefined ? min : max);
    }
    return plain(min) + ' – ' + plain(max);
  }

  /** Full-width digits and signs as a Chinese input method types them (１２０．５) read as ASCII, like the workbook. */
  function ascii(s) {
    return (s || '').normalize('NFKC').replace(/。/g, '.');
  }

  function label(item) {
    return item.spec ? item.category + ' ' + item.spec : item.category;
  }

  function randomKey() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return 'wb-' + Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  // ---- the schedule and the picker ------------------------------------------------------------------------------

  var pickSection = document.getElementById('pick-section');
  var pickCategory = document.getElementById('pick-category');
  var pickSpec = document.getElementById('pick-spec');
  var pickAdd = document.getElementById('pick-add');
  var pickQuery = document.getElementById('pick-q');
  var pickResults = document.getElementById('pick-results');
  var pickPreview = document.getElementById('pick-preview');

  function getJson(path) {
    return fetch('/api/v1/schedules/' + encodeURIComponent(SCHEDULE) + path, { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      });
  }

  function loadSchedule() {
    Promise.all([getJson('/items'), getJson('/facts')])
      .then(function (answers) {
        var page = answers[0];
        FACTS = answers[1];
        var computed = FACTS.computed.map(function (c) { return c.code; });
        catalogue = page.items.filter(function (i) {
          return computed.indexOf(i.code) < 0
            && SECTIONS.some(function (s) { return s.section === i.section; });
        });
        page.items.forEach(function (i) { byCode[i.code] = i; });
        catalogue.forEach(function (i) { pickable[i.code] = true; });
        fillSections();
        try {
          restoreDraft();
        } catch (e) {
          statusEl.textContent = '未能恢复登录失效前填写的内容:' + e.message;
        }
        return loadCorrection() || loadHousehold();
      })
      .then(function () {
        app.dataset.ready = 'true';
      })
      .catch(function (e) {
        pickSection.innerHTML = '';
        pickSection.appendChild(el('option', { value: '', text: '补偿标准载入失败,请刷新页面(' + e.message + ')' }));
      });
  }

  function option(value, text) {
    return el('option', { value: value, text: text });
  }

  function fillSections() {
    pickSection.innerHTML = '';
    pickSection.appendChild(option('', '请选择章节'));
    SECTIONS.forEach(function (s) {
      if (catalogue.some(function (i) { return i.section === s.section; })) {
        pickSection.appendChild(option(s.section, s.section + ' ' + s.title));
      }
    });
    fillCategories();
  }

  function fillCategories() {
    pickCategory.innerHTML = '';
    var section = pickSection.value;
    pickCategory.disabled = !section;
    if (section) {
      pickCategory.appendChild(option('', '请选择种类'));
      var seen = {};
      catalogue.forEach(function (i) {
        if (i.section === section && !seen[i.category]) {
          seen[i.category] = true;
          pickCategory.appendChild(option(i.category, i.category));
        }
      });
    }
    fillSpecs();
  }

  function fillSpecs() {
    pickSpec.innerHTML = '';
    var section = pickSection.value;
    var category = pickCategory.value;
    var items = catalogue.filter(function (i) { return i.section === section && i.category === category; });
    pickSpec.disabled = items.length === 0;
    items.forEach(function (i) {
      pickSpec.appendChild(option(i.code, i.spec || '(无规格)'));
    });
    previewPick();
  }

  function previewPick() {
    var item = byCode[pickSpec.value];
    pickAdd.disabled = !item;
    pickPreview.textContent = item ? describe(item) : '';
  }

  function describe(item) {
    var text = item.clause + ' · ' + label(item) + ' · ';
    if (item.mode !== 'money') {
      text += item.modeZh + ':' + item.printed;
    } else {
      text += (item.printed || (item.sharesPriceOf && byCode[item.sharesPriceOf]
        ? '与「' + label(byCode[item.sharesPriceOf]) + '」共用 ' + byCode[item.sharesPriceOf].printed : ''));
    }
    if (item.remarks) {
      text += '(' + item.remarks + ')';
    }
    return text;
  }

  // The schedule's own search (GET …/items?q=): printed names, everyday words kept beside the schedule, best first.
  var searchFor = null;
  var searchAnswer = null;
  var searchTimer = null;

  function search() {
    var q = pickQuery.value.trim().slice(0, 100);
    clearTimeout(searchTimer);
    if (!q) {
      searchFor = null;
      searchAnswer = null;
      pickResults.innerHTML = '';
      pickResults.hidden = true;
      return Promise.resolve([]);
    }
    if (q === searchFor && searchAnswer) {
      return searchAnswer;
    }
    searchFor = q;
    var answer = fetch('/api/v1/schedules/' + encodeURIComponent(SCHEDULE) + '/items?q=' + encodeURIComponent(q),
      { headers: { Accept: 'application/json' } })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.json();
      })
      .then(function (page) {
        var found = page.items.filter(function (i) { return pickable[i.code]; }).slice(0, 30);
        if (answer === searchAnswer) {
          showResults(found);
        }
        return found;
      }, function (e) {
        if (answer === searchAnswer) {
          pickResults.innerHTML = '';
          pickResults.appendChild(el('li', { className: 'none', text: '搜索失败:' + e.message }));
          pickResults.hidden = false;
        }
        return [];
      });
    searchAnswer = answer;
    return answer;
  }

  function showResults(found) {
    pickResults.innerHTML = '';
    if (found.length === 0) {
      pickResults.appendChild(el('li', { className: 'none', text: '没有匹配的项目' }));
    }
    found.forEach(function (i) {
      var b = el('button', { type: 'button', className: 'pick-result', 'data-code': i.code, role: 'option' }, [
        el('strong', { text: label(i) }), ' ', el('span', { className: 'muted', text: i.clause + ' · ' + (i.printed || i.modeZh) })
      ]);
      b.addEventListener('click', function () {
        pickFound(i);
      });
      pickResults.appendChild(el('li', null, [b]));
    });
    pickResults.hidden = false;
  }

  function pickFound(i) {
    addRow(byCode[i.code] || i);
    pickQuery.value = '';
    search();
  }

  pickSection.addEventListener('change', fillCategories);
  pickCategory.addEventListener('change', fillSpecs);
  pickSpec.addEventListener('change', previewPick);
  pickAdd.addEventListener('click', function () {
    var item = byCode[pickSpec.value];
    if (item) {
      addRow(item);
    }
  });
  pickQuery.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 150);
  });
  pickQuery.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') {
      e.preventDefault();
      var typed = pickQuery.value.trim();
      search().then(function (found) {
        if (found.length && pickQuery.value.trim() === typed) {
          pickFound(found[0]);      // the best match: an exact name before names that merely contain it
        }
      });
    }
  });

  // ---- inventory rows ---------------------------------------------------------------------------------------

  /** The allowed range of the appraised unit price, as the row prints it (or the row it shares its price with). */
  function allowedRange(item) {
    var priced = item.sharesPriceOf ? byCode[item.sharesPriceOf] : item;
    var p = priced && priced.price;
    var unit = '元/' + item.unit;
    if (!p) {
      return '';
    }
    if (p.type === 'range') {
      return '标准 ' + plain(p.min) + ' – ' + plain(p.max) + ' ' + unit;
    }
    if (p.type === 'fixed') {
      return '标准 ' + plain(p.amount) + ' ' + unit;
    }
    if (p.type === 'tiers') {
      return '按档:' + p.tiers.filter(function (t) { return t.min !== null || t.amount !== null; }).map(function (t) {
        return t.printed.replace(/\s+/g, '');
      }).join(';');
    }
    return '';
  }

  function field(labelText, input, hint, extraClass) {
    var id = 'f' + Math.random().toString(36).slice(2, 10);
    input.id = id;
    return el('div', { className: 'fld fld-inline' + (extraClass ? ' ' + extraClass : '') }, [
      el('label', { 'for': id, text: labelText }),
      input,
      hint ? el('span', { className: 'hint', text: hint }) : null,
      el('span', { className: 'field-error', role: 'alert' })
    ]);
  }

  function numberInput(key, placeholder) {
    return el('input', { type: 'text', inputMode: 'decimal', 'data-key': key, 'data-number': true,
      placeholder: placeholder || '' });
  }

  function addRow(item) {
    var tr = el('tr', { className: 'item-row', 'data-code': item.code });
    var row = { item: item, tr: tr, ref: correcting ? freshRef() : null, note: null };
    var needs = item.needs || [];
    var pending = item.mode !== 'money';

    var nameCell = el('td', { className: 'item-name' }, [
      el('div', { className: 'item-label', text: label(item) }),
      el('div', { className: 'item-meta', text: item.clause + ' · ' + (pending ? item.modeZh : (item.printed || '共用合并单元格价格')) }),
      el('span', { className: 'field-error row-error', role: 'alert', 'data-row-error': true })
    ]);

    // the row's inputs wrap under its name, each at a readable width (no squeezed table columns)
    var qty = field('数量', numberInput('quantity', pending ? '可不填' : ''), item.unit, 'fld-qty');
    var params = el('div', { className: 'params' });
    var priceCell = el('div', { className: 'price' });

    needs.forEach(function (need) {
      var key = need.replace(/\?$/, '');
      if (key.indexOf('measurements.') === 0) {
        var m = MEASURES[key.substring('measurements.'.length)] || { zh: key, unit: '' };
        params.appendChild(field(m.zh + ' (' + m.unit + ')', numberInput(key)));
      } else if (key === 'growthStage') {
        var stages = el('select', { 'data-key': 'growthStage' }, [option('', '请选择')]);
        ((item.price && item.price.stages) || []).forEach(function (s) {
          stages.appendChild(option(s.stage, s.stage + '(' + plain(s.amount) + ' 元/' + item.unit + ')'));
        });
        params.appendChild(field('生长阶段', stages));
      } else if (key === 'linkedCode') {
        var linkable = (item.price && item.price.linkable) || [];
        var houses = el('select', { 'data-key': 'linkedCode' }, [option('', '请选择所连接房屋')]);
        catalogue.forEach(function (i) {
          var p = i.price;
          if (linkable.indexOf(i.category) >= 0 && i.unit === 'm²' && p && (p.type === 'fixed' || p.type === 'range')) {
            houses.appendChild(option(i.code, label(i) + '(' + i.printed + ')'));
          }
        });
        params.appendChild(field('所连接房屋', houses));
      } else if (key === 'linkedUnitPrice') {
        var linkedHint = el('span', { className: 'hint allowed-range' });
        var f = field('所连房屋评估单价', numberInput('linkedUnitPrice', '可不填'));
        f.insertBefore(linkedHint, f.querySelector('.field-error'));
        params.appendChild(f);
        row.updateLinkedHint = function () {
          var code = tr.querySelector('[data-key="linkedCode"]').value;
          linkedHint.textContent = code && byCode[code] ? allowedRange(byCode[code]) : '';
        };
      } else if (key === 'decorated') {
        var box = el('input', { type: 'checkbox', 'data-key': 'decorated' });
        var wrap = el('div', { className: 'fld fld-inline fld-check' }, [
          el('label', null, [box, ' 有装潢']), el('span', { className: 'field-error', role: 'alert' })
        ]);
        params.appendChild(wrap);
      } else if (key === 'surchargePercent') {
        var s = (item.adjustments || []).filter(function (a) { return a.type === 'surcharge'; })[0];
        params.appendChild(field('装潢加价 (%)', numberInput('surchargePercent', '可不填'),
          s ? '可增加 ' + plain(s.minPercent) + '% – ' + plain(s.maxPercent) + '%' : null));
      } else if (key === 'appraisedUnitPrice') {
        var range = allowedRange(item);
        priceCell.appendChild(field('评估单价 (元/' + item.unit + ')', numberInput('appraisedUnitPrice', '可不填'),
          range, 'fld-price'));
        if (priceCell.querySelector('.hint')) {
          priceCell.querySelector('.hint').classList.add('allowed-range');
        }
        if (FACTS.appraisalOverrideSections.indexOf(item.section) >= 0) {
          priceCell.appendChild(field('超出标准的评估依据', el('input', { type: 'text', 'data-key': 'overrideReason',
            maxLength: 200, placeholder: '评估价超出标准时填写' })));
        }
      }
    });
    if (!priceCell.firstChild) {
      priceCell.appendChild(el('span', { className: 'muted price-note', text: pending ? item.modeZh : '按标准' }));
    }
    var remove = el('button', { type: 'button', className: 'btn-link remove', text: '删除', title: '删除此项目' });
    remove.addEventListener('click', function () {
      rows.splice(rows.indexOf(row), 1);
      tr.remove();
      renumber();
      changed();
    });
    nameCell.appendChild(el('div', { className: 'item-fields' }, [qty, params, priceCell]));
    tr.appendChild(el('td', { className: 'num row-no' }));
    tr.appendChild(nameCell);
    tr.appendChild(el('td', { className: 'actions' }, [remove]));
    if (row.updateLinkedHint) {
      tr.querySelector('[data-key="linkedCode"]').addEventListener('change', row.updateLinkedHint);
    }
    itemsBody.appendChild(tr);
    rows.push(row);
    renumber();
    var first = tr.querySelector('[data-key="quantity"]');
    if (first) {
      first.focus();
    }
    changed();
  }

  /** Gives every row's inputs their JSON paths (items[2].measurements.depthM), after rows are added or removed. */
  function renumber() {
    rows.forEach(function (r, i) {
      r.tr.querySelector('.row-no').textContent = String(i + 1);
      r.tr.setAttribute('data-field', 'items[' + i + ']');
      r.tr.querySelectorAll('[data-key]').forEach(function (input) {
        input.setAttribute('data-field', 'items[' + i + '].' + input.getAttribute('data-key'));
      });
    });
    premises.forEach(function (p, i) {
      p.div.setAttribute('data-field', 'livestockPremises[' + i + ']');
      p.div.querySelectorAll('[data-key]').forEach(function (input) {
        input.setAttribute('data-field', 'livestockPremises[' + i + '].' + input.getAttribute('data-key'));
      });
    });
    document.getElementById('items-empty').hidden = rows.length > 0;
  }

  function addPremises() {
    var div = el('div', { className: 'premises-row' });
    var entry = { div: div };
    div.appendChild(field('名称', el('input', { type: 'text', 'data-key': 'name', maxLength: 200, placeholder: '如 羊圈' })));
    div.appendChild(field('面积 (m²)', numberInput('areaM2')));
    var remove = el('button', { type: 'button', className: 'btn-link remove', text: '删除' });
    div.appendChild(el('span', { className: 'field-error row-error', role: 'alert' }));
    remove.addEventListener('click', function () {
      premises.splice(premises.indexOf(entry), 1);
      div.remove();
      renumber();
      changed();
    });
    div.appendChild(remove);
    premisesBody.appendChild(div);
    premises.push(entry);
    renumber();
    div.querySelector('input').focus();
    changed();
  }

  document.getElementById('premises-add').addEventListener('click', addPremises);

  // ---- the request body -----------------------------------------------------------------------------------------

  function readNumber(input, path) {
    var v = ascii(input.value).replace(/\s+/g, '');
    if (v === '') {
      return undefined;
    }
    if (GROUPED.test(v)) {
      v = v.replace(/,/g, '');
    }
    if (!NUMBER.test(v)) {
      clientErrors.push({ field: path, messageZh: '「' + input.value.trim() + '」不是数字,请输入如 12 或 12.5' });
      return undefined;
    }
    return Number(v);
  }

  /** A date as staff type it, as ISO yyyy-MM-dd; beside the field, the date it was read as. */
  function readDate(input, path) {
    var raw = input.value.trim();
    var note = input.closest('.fld').querySelector('.field-note');
    note.textContent = '';
    if (raw === '') {
      return undefined;
    }
    var v = ascii(raw).trim();
    var m = YMD.exec(v) || COMPACT.exec(v);
    if (!m) {
      clientErrors.push({ field: path, messageZh: '无法识别的日期「' + raw + '」,请按 2023-07-01、2023/7/1 或 2023年7月1日 填写' });
      return undefined;
    }
    var y = Number(m[1]);
    var mo = Number(m[2]);
    var d = Number(m[3]);
    var probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
      clientErrors.push({ field: path, messageZh: '「' + raw + '」不是存在的日期' });
      return undefined;
    }
    var iso = m[1] + '-' + ('0' + mo).slice(-2) + '-' + ('0' + d).slice(-2);
    if (iso !== raw) {
      note.textContent = '读作 ' + y + '年' + mo + '月' + d + '日(' + iso + ')';
    }
    return iso;
  }

  function readValue(input) {
    var path = input.getAttribute('data-field');
    if (input.type === 'checkbox') {
      return input.checked;
    }
    if (input.hasAttribute('data-number')) {
      return readNumber(input, path);
    }
    if (input.hasAttribute('data-date')) {
      return readDate(input, path);
    }
    var v = input.value.trim();
    return v === '' ? undefined : v;
  }

  function byField(name) {
    return form.querySelector('[data-field="' + name + '"]');
  }

  function household() {
    clientErrors = [];
    var h = {
      id: readValue(byField('id')),
      headOfHousehold: readValue(byField('headOfHousehold')),
      village: readValue(byField('village')),
      soleDwelling: readValue(byField('soleDwelling')),
      hardshipExtensionApproved: readValue(byField('hardshipExtensionApproved')),
      demolishedBuildingAreaM2: readValue(byField('demolishedBuildingAreaM2'))
    };
    var main = {
      measuredAreaM2: readValue(byField('mainHouse.measuredAreaM2')),
      footprintM2: readValue(byField('mainHouse.footprintM2')),
      homesteadCertificateAreaM2: readValue(byField('mainHouse.homesteadCertificateAreaM2'))
    };
    if (Object.keys(main).some(function (k) { return main[k] !== undefined; })) {
      h.mainHouse = main;
    }
    h.items = rows.map(function (r) {
      var input = { code: r.item.code };
      if (r.ref) {
        input.ref = r.ref;   // kept through a correction, so the versions compare line by line
      }
      if (r.note) {
        input.note = r.note;
      }
      r.tr.querySelectorAll('[data-key]').forEach(function (e) {
        var key = e.getAttribute('data-key');
        var v = readValue(e);
        if (v === undefined || (key === 'decorated' && v === false)) {
          return;
        }
        if (key.indexOf('measurements.') === 0) {
          input.measurements = input.measurements || {};
          input.measurements[key.substring('measurements.'.length)] = v;
        } else {
          input[key] = v;
        }
      });
      return input;
    });
    if (premises.length) {
      h.livestockPremises = premises.map(function (p) {
        var out = p.ref ? { ref: p.ref } : {};
        p.div.querySelectorAll('[data-key]').forEach(function (e) {
          var v = readValue(e);
          if (v !== undefined) {
            out[e.getAttribute('data-key')] = v;
          }
        });
        return out;
      });
    }
    var dates = {
      agreementSigned: readValue(byField('dates.agreementSigned')),
      compensationPaid: readValue(byField('dates.compensationPaid')),
      movedOut: readValue(byField('dates.movedOut'))
    };
    if (Object.keys(dates).some(function (k) { return dates[k] !== undefined; })) {
      h.dates = dates;
    }
    return h;
  }

  /** What the quote needs and the form lacks: said beside the field (the rest is still quoted). */
  function missingInput(h) {
    var out = [];
    if (h.demolishedBuildingAreaM2 === undefined
      && !clientErrors.some(function (e) { return e.field === 'demolishedBuildingAreaM2'; })) {
      out.push({ field: 'demolishedBuildingAreaM2', level: 'warn',
        messageZh: '未填写:按建筑面积计算的补助不会计算(见报价结果中的「提示」)。请填写被拆迁房屋的建筑面积。' });
    }
    return out;
  }

  function updateAreaFill() {
    var measured = ascii(measuredInput.value).replace(/\s+/g, '');
    var show = areaInput.value.trim() === '' && NUMBER.test(measured) && Number(measured) > 0;
    areaFill.hidden = !show;
    if (show) {
      areaFill.textContent = '按正房实测面积 ' + measured + ' m² 填入';
    }
  }

  areaFill.addEventListener('click', function () {
    areaInput.value = ascii(measuredInput.value).replace(/\s+/g, '');
    areaInput.closest('.fld').querySelector('.field-note').textContent =
      '已按正房实测面积填入;还有其他被拆迁房屋的,请改为建筑面积合计。';
    updateAreaFill();
    changed();
  });
  areaInput.addEventListener('input', function () {
    areaInput.closest('.fld').querySelector('.field-note').textContent = '';
  });

  var ROW_PATH = /^(items|livestockPremises)\[(\d+)\]/;

  function fieldOf(v) {
    return v.field;
  }

  /**
   * The request without the inputs named in {@code paths}: a line of items or livestockPremises as a whole, other
   * fields one by one. Returns the body and, per list, the form row each sent row came from; null when a path names
   * the household as a whole.
   */
  function prune(h, paths) {
    var body = JSON.parse(JSON.stringify(h));
    var drop = { items: {}, livestockPremises: {} };
    for (var k = 0; k < paths.length; k++) {
      var p = paths[k];
      if (!p || p === '$') {
        return null;
      }
      var m = ROW_PATH.exec(p);
      if (m) {
        drop[m[1]][m[2]] = true;
        continue;
      }
      var parts = p.split('.');
      var o = body;
      for (var j = 0; j < parts.length - 1 && o; j++) {
        o = o[parts[j]];
      }
      if (o && typeof o === 'object') {
        delete o[parts[parts.length - 1]];
      }
    }
    ['dates', 'mainHouse'].forEach(function (k) {
      if (body[k] && Object.keys(body[k]).length === 0) {
        delete body[k];
      }
    });
    var maps = {};
    ['items', 'livestockPremises'].forEach(function (list) {
      maps[list] = [];
      if (body[list]) {
        body[list] = body[list].filter(function (x, i) {
          if (drop[list][i]) {
            return false;
          }
          maps[list].push(i);
          return true;
        });
      }
    });
    return { body: body, maps: maps };
  }

  /** The service's paths name the rows it was sent; say them as the form's rows. */
  function remap(violations, maps) {
    return violations.map(function (v) {
      var m = v.field && ROW_PATH.exec(v.field);
      if (!m || maps[m[1]][Number(m[2])] === undefined) {
        return v;
      }
      var copy = Object.assign({}, v);
      copy.field = v.field.replace(ROW_PATH, m[1] + '[' + maps[m[1]][Number(m[2])] + ']');
      return copy;
    });
  }

  // ---- violations beside their fields ------------------------------------------------------------------------------

  function clearErrors() {
    form.querySelectorAll('.field-error').forEach(function (e) {
      e.textContent = '';
      e.classList.remove('is-warning');
    });
    form.querySelectorAll('.invalid, .incomplete, .row-invalid').forEach(function (e) {
      e.classList.remove('invalid', 'incomplete', 'row-invalid');
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
    generalEl.innerHTML = '';
    generalEl.hidden = true;
  }

  /** The element a violation's field path names, or the nearest enclosing one: items[2].foo → the row. */
  function target(path) {
    var p = path;
    while (p) {
      var found = form.querySelector('[data-field="' + p.replace(/"/g, '\\"') + '"]');
      if (found) {
        return found;
      }
      var cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.substring(0, cut) : '';
    }
    return null;
  }

  function showErrors(violations) {
    clearErrors();
    var seen = {};
    violations.forEach(function (v) {
      var message = v.messageZh || v.messageEn || '输入有误';
      var t = v.field ? target(v.field) : null;
      var slot = null;
      var warn = v.level === 'warn';
      if (t) {
        if (t.matches('tr.item-row')) {
          slot = t.querySelector('[data-row-error]');
        } else if (t.matches('input, select, textarea')) {
          slot = t.closest('.fld') && t.closest('.fld').querySelector('.field-error');
          t.classList.add(warn ? 'incomplete' : 'invalid');
          if (!warn) {
            t.setAttribute('aria-invalid', 'true');
          }
        } else {
          slot = t.querySelector(':scope > .field-error');
        }
        var line = !warn && t.closest('tr.item-row, .premises-row');
        if (line) {
          line.classList.add('row-invalid');   // the whole line is left out of the quote until corrected
        }
      }
      if (slot && warn) {
        slot.classList.add('is-warning');
      }
      if (slot) {
        var key = v.field + '|' + message;
        if (!seen[key]) {
          seen[key] = true;
          slot.textContent = slot.textContent ? slot.textContent + ';' + message : message;
        }
      } else {
        generalEl.appendChild(el('li', { text: (v.field && v.field !== '$' ? v.field + ':' : '') + message }));
        generalEl.hidden = false;
      }
    });
  }

  // ---- the live quote -------------------------------------------------------------------------------------------

  // data-state on #quote-app: pending (typing, quote not yet asked), busy (asked), ok, invalid or error.
  var settledState = '';

  function setState(state) {
    app.dataset.state = state;
    if (state !== 'pending' && state !== 'busy') {
      settledState = state;
    }
  }

  var dirty = false;            // the form changed after the last quote was asked for

  function changed() {
    started = true;
    dirty = true;
    setState('pending');
    clearTimeout(timer);
    timer = setTimeout(runQuote, DEBOUNCE_MS);
  }

  form.addEventListener('input', function (e) {
    if (!e.target.closest('#picker')) {
      changed();
    }
  });
  form.addEventListener('change', function (e) {
    if (e.target.closest('#picker')) {
      return;
    }
    changed();
  });

  function runQuote() {
    if (!started) {
      return;
    }
    dirty = false;
    var h = household();
    var errorsNow = clientErrors.slice();
    var body = JSON.stringify(h);
    updateAreaFill();
    if (body === lastQuotedBody && !errorsNow.length && !inFlight) {
      setState(settledState);
      return;
    }
    lastQuotedBody = body;
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    var signal = inFlight.signal;
    var mine = ++sequence;
    var warnings = missingInput(h);
    setState('busy');
    statusEl.textContent = '正在计算…';
    attempt(h, errorsNow.map(fieldOf), [], signal, 0).then(function (res) {
      if (mine !== sequence) {
        return;
      }
      inFlight = null;
      if (dirty) {
        return;                 // the form changed meanwhile: the next quote, already scheduled, will answer
      }
      settle(res, errorsNow, warnings);
    }).catch(function (e) {
      if (e.name === 'AbortError' || mine !== sequence) {
        return;
      }
      inFlight = null;
      lastQuotedBody = null;
      if (e.sessionLost) {
        sessionLost();
        return;
      }
      statusEl.textContent = '无法连接服务:' + e.message;
      setState('error');
    });
  }

  var ANSWER_WITHIN_MS = 10000;

  function post(body, signal, headers) {
    var own = new AbortController();
    var timedOut = false;
    var clock = setTimeout(function () {
      timedOut = true;
      own.abort();
    }, ANSWER_WITHIN_MS);
    if (signal) {
      signal.addEventListener('abort', function () { own.abort(); });
    }
    return fetch(headers ? '/api/v1/quotes?persist=true' + (correcting ? '&supersedes=' + correcting : '')
      : '/api/v1/quotes', {
      method: 'POST',
      headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, headers || {}),
      body: typeof body === 'string' ? body : JSON.stringify(body),
      credentials: 'same-origin',
      signal: own.signal
    }).then(function (r) {
      if (r.status === 401) {
        throw sessionError();
      }
      return r.json().catch(function () { return null; }).then(function (json) {
        return { status: r.status, json: json, replayed: r.headers.get('Idempotent-Replayed') === 'true' };
      });
    }).catch(function (e) {
      if (!timedOut) {
        throw e;
      }
      // no answer: a request held by a login prompt looks like this; ask a page, which never prompts
      return sessionGone().then(function (gone) {
        throw gone ? sessionError() : new Error('服务 ' + ANSWER_WITHIN_MS / 1000 + ' 秒内没有应答');
      });
    }).finally(function () {
      clearTimeout(clock);
    });
  }

  function sessionError() {
    var lost = new Error('登录已失效');
    lost.sessionLost = true;
    return lost;
  }

  /** True when this page, asked again, would send the browser to the login page. */
  function sessionGone() {
    return fetch(window.location.pathname, { redirect: 'manual', credentials: 'same-origin',
      headers: { Accept: 'text/html' } })
      .then(function (r) { return r.type === 'opaqueredirect' || r.status === 401; }, function () { return false; });
  }

  /**
   * Asks for the quote without the inputs already known to be wrong; when the service refuses more, asks again
   * without those too (twice at most), so that one bad line does not hide the rest of the quote.
   */
  function attempt(h, excluded, refused, signal, round) {
    var pruned = prune(h, excluded);
    if (!pruned) {
      return Promise.resolve({ quote: null, refused: refused });
    }
    return post(pruned.body, signal).then(function (res) {
      if (res.status === 200) {
        return { quote: res.json, refused: refused };
      }
      var violations = res.json && res.json.violations;
      if (!violations || !violations.length) {
        return { quote: null, refused: refused.concat([{ field: '$', messageZh: '服务返回错误 ' + res.status }]) };
      }
      var named = remap(violations, pruned.maps);
      var all = refused.concat(named);
      var more = named.map(fieldOf).filter(function (f) { return excluded.indexOf(f) < 0; });
      if (!more.length || round >= 2 || more.some(function (f) { return !f || f === '$'; })) {
        return { quote: null, refused: all };
      }
      return attempt(h, excluded.concat(more), all, signal, round + 1);
    });
  }

  function settle(res, errorsNow, warnings) {
    var problems = errorsNow.concat(res.refused);
    showErrors(problems.concat(warnings));
    renderQuote(res.quote, problems.length);
    try {
      sessionStorage.removeItem(RELOGIN_KEY);
    } catch (e) { /* storage unavailable */ }
    var notices = res.quote && res.quote.notices ? res.quote.notices.length : 0;
    if (!res.quote) {
      statusEl.textContent = '有 ' + problems.length + ' 处需要更正,见标红的字段。';
      setState('invalid');
    } else if (problems.length) {
      statusEl.textContent = '有 ' + problems.length + ' 处需要更正(已标红);下面的结果未计入这些输入。';
      setState('invalid');
    } else if (notices) {
      statusEl.textContent = '已计算,但缺少输入:有 ' + notices + ' 项未计算,见「提示」。';
      setState('incomplete');
    } else {
      statusEl.textContent = '已按补偿标准计算。';
      setState('ok');
    }
  }

  function table(className, headers, rowsData) {
    var thead = el('thead', null, [el('tr', null, headers.map(function (h) {
      return el('th', { text: h[0], className: h[1] || null });
    }))]);
    var tbody = el('tbody', null, rowsData);
    return el('div', { className: 'table-wrap' }, [el('table', { className: className }, [thead, tbody])]);
  }

  function td(text, className) {
    return el('td', { text: text === undefined || text === null ? '' : String(text), className: className || null });
  }

  /** The incentive's rewards in printed order, as the regulation writes them, from the schedule's facts. */
  function incentiveAmounts() {
    return FACTS.incentive ? FACTS.incentive.rewards.map(function (r) { return r.amountWords; }) : [];
  }

  /** The incentive's section title (as the schedule names it). */
  function incentiveTitle() {
    return FACTS.incentive ? FACTS.incentive.title : '';
  }

  /** The incentive's heading: its section's title and number. */
  function incentiveHeading() {
    return FACTS.incentive ? FACTS.incentive.title + '(' + FACTS.incentive.section + ')' : '';
  }

  function renderQuote(q, leftOut) {
    outputEl.innerHTML = '';
    totalEl.classList.toggle('partial', !!(q && leftOut));
    if (!q) {
      totalEl.textContent = '—';
      totalEl.removeAttribute('data-total-min');
      totalEl.removeAttribute('data-total-max');
      return;
    }
    totalEl.textContent = moneyRange(q.totalMin, q.totalMax);
    totalEl.setAttribute('data-total-min', q.totalMin);
    totalEl.setAttribute('data-total-max', q.totalMax);
    if (leftOut) {
      outputEl.appendChild(el('p', { className: 'note note-bad', id: 'left-out',
        text: '未计入标红的 ' + leftOut + ' 处输入:合计不完整,更正后自动重新计算。' }));
    }
    if (q.notices && q.notices.length) {
      outputEl.appendChild(el('h3', { text: '提示' }));
      outputEl.appendChild(el('ul', { className: 'notices', id: 'notices' }, q.notices.map(function (n) {
        return el('li', { text: n });
      })));
    }
    if (Number(q.totalMin) !== Number(q.totalMax)) {
      outputEl.appendChild(el('p', { className: 'note', text: '合计为区间:有按范围计价的项目尚未填写评估单价,列最低与最高额。' }));
    }

    if (q.lines.length) {
      outputEl.appendChild(el('h3', { text: '补偿明细' }));
      outputEl.appendChild(table('lines-table', [['序号', 'num'], ['条款'], ['项目'], ['数量', 'num'],
        ['单价(元)', 'num'], ['金额(元)', 'num']], q.lines.map(function (l) {
        var name = el('td', null, [
          el('div', { text: (l.spec ? l.category + ' ' + l.spec : l.category) }),
          el('div', { className: 'printed', text: '印刷标准:' + l.printed }),
          el('div', { className: 'explain', text: l.explanation + (l.interpretations.length ? '〔解释 ' + l.interpretations.join('、') + '〕' : '') })
        ]);
        var tr = el('tr', { className: l.range ? 'range' : null, 'data-code': l.code }, [
          td(l.no, 'num'), td(l.clause), name, td(plain(l.quantity) + ' ' + l.unit, 'num'),
          td(plainRange(l.unitPriceMin, l.unitPriceMax), 'num'), td(moneyRange(l.amountMin, l.amountMax), 'num amount')
        ]);
        return tr;
      })));
    }

    if (q.subtotals.length) {
      outputEl.appendChild(el('h3', { text: '分项小计' }));
      var subRows = q.subtotals.map(function (s) {
        return el('tr', null, [td(s.section), td(s.title), td(moneyRange(s.amountMin, s.amountMax), 'num')]);
      });
      subRows.push(el('tr', { className: 'total-row' }, [td('合计'), td(''), td(moneyRange(q.totalMin, q.totalMax), 'num')]));
      outputEl.appendChild(table('subtotals-table', [['条款'], ['类别'], ['金额(元)', 'num']], subRows));
    }

    if (q.areaSwaps.length) {
      outputEl.appendChild(el('h3', { text: '房屋面积置换(不计入金额)' }));
      outputEl.appendChild(table('swaps-table', [['项目'], ['计算面积', 'num'], ['比例', 'num'], ['置换面积', 'num'], ['说明']],
        q.areaSwaps.map(function (s) {
          return el('tr', { 'data-code': s.code }, [td(s.spec ? s.category + ' ' + s.spec : s.category),
            td(plain(s.basisAreaM2) + ' m²', 'num'), td('1:' + plain(s.ratio), 'num'),
            td(plain(s.swapAreaM2) + ' m²', 'num swap-area'), td(s.explanation, 'explain')]);
        })));
    }

    var inc = q.incentive;
    if (inc) {
      outputEl.appendChild(el('h3', { text: incentiveHeading() }));
      var dl = el('dl', { className: 'incentive', id: 'incentive' });
      function pair(k, v, cls) {
        if (v !== null && v !== undefined && v !== '') {
          dl.appendChild(el('dt', { text: k }));
          dl.appendChild(el('dd', { text: String(v), className: cls || null }));
        }
      }
      var statusZh = { NOT_STARTED: '未起算', AWAITING_MOVE_OUT: '待搬迁', DECIDED: '已确定', REFERRED: '报凤城镇核实' }[inc.status] || inc.status;
      pair('状态', statusZh);
      pair('起算日', inc.startDate);
      // the amounts of the two deadlines as the schedule's incentive row gives them (nothing written here)
      var rewards = incentiveAmounts();
      pair((rewards[0] || '较高') + '奖励期限', inc.fullDeadline ? inc.fullDeadline + ' 前(含)搬迁' : null, 'deadline-full');
      pair((rewards[1] || '较低') + '奖励期限', inc.reducedDeadline ? inc.reducedDeadline + ' 前(含)搬迁' : null, 'deadline-reduced');
      pair('搬迁日', inc.movedOut);
      pair('搬迁日序', inc.dayNumber !== null && inc.dayNumber !== undefined ? '第 ' + inc.dayNumber + ' 日' : null);
      pair('奖励金额', inc.amount !== null && inc.amount !== undefined ? money(inc.amount) + ' 元' : null);
      outputEl.appendChild(dl);
      outputEl.appendChild(el('p', { className: 'explain', text: inc.explanation }));
    }

    if (q.pending.length) {
      outputEl.appendChild(el('h3', { text: '待定事项(另行评估、协商或审定,不计入合计)' }));
      outputEl.appendChild(table('pending-table', [['条款'], ['项目'], ['方式'], ['数量', 'num'], ['依据']],
        q.pending.map(function (p) {
          return el('tr', { 'data-code': p.code }, [td(p.clause), td(p.spec ? p.category + ' ' + p.spec : p.category),
            td(p.modeZh), td(p.quantity === null || p.quantity === undefined ? '' : plain(p.quantity) + ' ' + p.unit, 'num'),
            td(p.reason, 'explain')]);
        })));
    }

    // Three separate answers, so that "the lines are one amount" is never read as "the household is settled".
    outputEl.appendChild(el('p', { className: 'settlement', id: 'settlement', text: q.settled
      ? '本报价已结清:金额确定,无待定事项,奖励已确定。'
      : '本报价尚未结清:' + [q.summedLinesExact ? null : '部分金额为区间(待评估单价)',
        q.awaitingDecisions ? '有待定事项' : null,
        q.incentive && q.incentive.status === 'DECIDED' ? null : incentiveTitle() + '尚未确定'].filter(Boolean).join(';') + '。' }));

    if (q.interpretationsCited && q.interpretationsCited.length) {
      outputEl.appendChild(el('h3', { text: '本报价所引解释' }));
      outputEl.appendChild(table('interpretations-table', [['编号'], ['事项'], ['解释']],
        q.interpretationsCited.map(function (c) {
          return el('tr', { 'data-id': c.id }, [td(c.id), td(c.title), td(c.summary + (c.defaultReading ? ''
            : '(本报价未采用此默认读法,按本地设定的读法 ' + c.reading + ' 计算)'), 'explain')]);
        })));
    }

    outputEl.appendChild(el('p', { className: 'muted small', text: q.documentNumber + ' 第 ' + q.scheduleVersion
      + ' 版 · 计算引擎 ' + q.engineVersion }));
  }

  // ---- save to the ledger -----------------------------------------------------------------------------------------

  document.getElementById('save').addEventListener('click', function () {
    var button = this;
    var h = household();
    var body = JSON.stringify(h);
    var blocking = clientErrors.slice();
    if (h.demolishedBuildingAreaM2 === undefined && measuredInput.value.trim() !== '' && !blocking.length) {
      blocking = missingInput(h);   // a house was measured: its building area is required before saving
    }
    if (blocking.length) {
      showErrors(blocking);
      saveResult.className = 'save-result error';
      saveResult.textContent = '未保存:请先更正或填写标出的字段。';
      return;
    }
    if (idempotency.body !== body) {
      idempotency = { body: body, key: randomKey() };   // one key per form state: a repeated click is a retry
    }
    var headers = { 'Idempotency-Key': idempotency.key };
    var operator = document.getElementById('f-operator').value.trim();
    if (operator) {
      headers['X-Operator'] = encodeURIComponent(operator);
    }
    button.disabled = true;
    saveResult.className = 'save-result';
    saveResult.textContent = '正在保存…';
    post(body, undefined, headers)
      .then(function (res) {
        saveResult.innerHTML = '';
        if ((res.status === 200 || res.status === 201) && res.json) {
          var id = res.json.id;
          saveResult.className = 'save-result ok';
          saveResult.appendChild(el('span', { text: (res.replayed ? '此前已保存,' : '已保存到台账,') + '记录编号 ' + id + '。 ' }));
          saveResult.appendChild(el('a', { href: '/ledger/' + id, id: 'saved-entry', text: '查看台账记录' }));
          saveResult.appendChild(document.createTextNode(' · '));
          saveResult.appendChild(el('a', { href: '/ledger/' + id + '/print', id: 'saved-print', target: '_blank',
            text: '打印补偿明细表' }));
          app.dataset.saved = String(id);
          if (correcting && !res.replayed) {
            saveResult.appendChild(el('span', { id: 'corrected-note',
              text: ' 台账记录 ' + correcting + ' 已被第' + id + '号更正。' }));
            correctingNow(id);   // a further change corrects the new entry, never the old one again
          }
        } else {
          var violations = (res.json && res.json.violations) || [];
          showErrors(violations);
          saveResult.className = 'save-result error';
          saveResult.textContent = '未保存:' + (violations.length ? '有 ' + violations.length + ' 处需要更正。'
            : '服务返回错误 ' + res.status + '。');
        }
      })
      .catch(function (e) {
        saveResult.className = 'save-result error';
        if (e.sessionLost) {
          saveResult.textContent = '未保存:登录已失效。';
          sessionLost();
          return;
        }
        saveResult.textContent = '未保存:无法连接服务(' + e.message + ')。';
      })
      .then(function () {
        button.disabled = false;
      });
  });

  // ---- an expired login: to the login page and back, with the form kept (sessionStorage, this tab only) ---------

  function valuesOf(container) {
    var out = {};
    container.querySelectorAll('[data-key]').forEach(function (e) {
      out[e.getAttribute('data-key')] = e.type === 'checkbox' ? e.checked : e.value;
    });
    return out;
  }

  function fillValues(container, values) {
    container.querySelectorAll('[data-key]').forEach(function (e) {
      var v = values ? values[e.getAttribute('data-key')] : undefined;
      if (v === undefined) {
        return;
      }
      if (e.type === 'checkbox') {
        e.checked = !!v;
      } else {
        e.value = String(v);
      }
    });
  }

  function snapshot() {
    var fixed = {};
    form.querySelectorAll('input[id], select[id]').forEach(function (e) {
      if (!e.closest('#picker') && !e.closest('tr.item-row') && !e.closest('.premises-row')) {
        fixed[e.id] = e.type === 'checkbox' ? e.checked : e.value;
      }
    });
    return {
      fixed: fixed,
      rows: rows.map(function (r) { return { code: r.item.code, values: valuesOf(r.tr), ref: r.ref, note: r.note }; }),
      premises: premises.map(function (p) { return valuesOf(p.div); }),
      premisesRefs: premises.map(function (p) { return p.ref || null; }),
      // a correction survives a login: saving after it still supersedes the same entry
      correcting: correcting,
      reservedRefs: Object.keys(reservedRefs)
    };
  }

  function restoreDraft() {
    var draft = null;
    try {
      draft = JSON.parse(sessionStorage.getItem(DRAFT_KEY) || 'null');
      sessionStorage.removeItem(DRAFT_KEY);
    } catch (e) {
      return;
    }
    if (!draft) {
      return;
    }
    if (draft.correcting) {
      (draft.reservedRefs || []).forEach(function (r) { reservedRefs[r] = true; });
      correctingNow(draft.correcting);
      byField('id').readOnly = true;
    }
    Object.keys(draft.fixed || {}).forEach(function (id) {
      var e = document.getElementById(id);
      if (e && form.contains(e)) {
        if (e.type === 'checkbox') {
          e.checked = !!draft.fixed[id];
        } else {
          e.value = String(draft.fixed[id]);
        }
      }
    });
    (draft.rows || []).forEach(function (r) {
      if (pickable[r.code]) {
        addRow(byCode[r.code]);
        var row = rows[rows.length - 1];
        if (r.ref) {
          row.ref = r.ref;
        }
        row.note = r.note || null;
        fillValues(row.tr, r.values);
        if (row.updateLinkedHint) {
          row.updateLinkedHint();
        }
      }
    });
    (draft.premises || []).forEach(function (values, i) {
      addPremises();
      premises[premises.length - 1].ref = (draft.premisesRefs || [])[i] || null;
      fillValues(premises[premises.length - 1].div, values);
    });
    changed();
  }

  function sessionLost() {
    clearTimeout(timer);
    setState('error');
    var last = 0;
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(snapshot()));
      last = Number(sessionStorage.getItem(RELOGIN_KEY) || 0);
    } catch (e) { /* storage unavailable: nothing to keep */ }
    if (Date.now() - last < 15000) {
      // refused again right after logging in: do not go round in circles, say it
      statusEl.textContent = '登录已失效或无权计算。已填内容已保留在本标签页,';
      statusEl.appendChild(el('a', { href: '/login', text: '重新登录' }));
      statusEl.appendChild(document.createTextNode('后回到本页即可恢复。'));
      return;
    }
    try {
      sessionStorage.setItem(RELOGIN_KEY, String(Date.now()));
    } catch (e) { /* storage unavailable */ }
    statusEl.textContent = '登录已失效,正在转到登录页;已填写的内容会保留。';
    // a page request without a session goes to /login, which returns here after logging in
    window.location.assign(window.location.pathname + window.location.search);
  }

  // ---- 更正: the form filled with a ledger entry's stored inventory; saving issues an entry superseding it ----------

  function freshRef() {
    while (reservedRefs[String(nextRef)]) {
      nextRef++;
    }
    reservedRefs[String(nextRef)] = true;
    return String(nextRef++);
  }

  function correctingNow(id) {
    correcting = id;
    var banner = document.getElementById('correcting');
    banner.hidden = false;
    banner.innerHTML = '';
    banner.appendChild(document.createTextNode('正在更正 '));
    banner.appendChild(el('a', { href: '/ledger/' + id, text: '台账记录 ' + id }));
    banner.appendChild(document.createTextNode(':按需修改后「保存到台账」,将出具新的台账记录并标明更正该记录;原记录保留不改。'));
    app.dataset.correcting = String(id);
  }

  function setField(name, value) {
    var e = byField(name);
    if (!e || value === undefined || value === null) {
      return;
    }
    if (e.type === 'checkbox') {
      e.checked = !!value;
    } else {
      e.value = String(value);
    }
  }

  function loadCorrection() {
    var n = new URLSearchParams(window.location.search).get('correct');
    if (!n || !/^[1-9]\d{0,17}$/.test(n) || rows.length || correcting) {
      return null;   // nothing asked, or a draft kept through a login was restored instead
    }
    return fetch('/api/v1/ledger/quotes/' + n, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(r.status === 404 ? '台账中没有编号为 ' + n + ' 的记录' : '服务返回 ' + r.status);
        }
        return r.json();
      })
      .then(function (entry) {
        if (entry.supersededBy) {
          statusEl.textContent = '台账记录 ' + n + ' 已被第' + entry.supersededBy + '号更正,请更正现行记录。';
          return;
        }
        var h = entry.input || {};
        (h.items || []).forEach(function (it, i) {
          reservedRefs[it.ref || String(i + 1)] = true;
        });
        correctingNow(Number(n));
        ['id', 'headOfHousehold', 'village', 'soleDwelling', 'hardshipExtensionApproved', 'demolishedBuildingAreaM2']
          .forEach(function (k) { setField(k, h[k]); });
        byField('id').readOnly = true;   // a correction is of the same household (编号)
        ['measuredAreaM2', 'footprintM2', 'homesteadCertificateAreaM2'].forEach(function (k) {
          setField('mainHouse.' + k, h.mainHouse ? h.mainHouse[k] : null);
        });
        ['agreementSigned', 'compensationPaid', 'movedOut'].forEach(function (k) {
          setField('dates.' + k, h.dates ? h.dates[k] : null);
        });
        var skipped = [];
        (h.items || []).forEach(function (it, i) {
          if (!pickable[it.code]) {
            skipped.push(it.code);
            return;
          }
          addRow(byCode[it.code]);
          var row = rows[rows.length - 1];
          row.ref = it.ref || String(i + 1);   // the engine's own numbering when the entry had none
          row.note = it.note || null;
          var values = {};
          Object.keys(it).forEach(function (k) {
            if (k === 'measurements') {
              Object.keys(it.measurements || {}).forEach(function (m) { values['measurements.' + m] = it.measurements[m]; });
            } else if (it[k] !== null && k !== 'code' && k !== 'ref' && k !== 'note') {
              values[k] = it[k];
            }
          });
          fillValues(row.tr, values);
          if (row.updateLinkedHint) {
            row.updateLinkedHint();
          }
        });
        (h.livestockPremises || []).forEach(function (p) {
          addPremises();
          var entryRow = premises[premises.length - 1];
          entryRow.ref = p.ref || null;
          fillValues(entryRow.div, p);
        });
        if (skipped.length) {
          statusEl.textContent = '以下项目不能在本页录入,未载入:' + skipped.join('、');
        }
        changed();
        return datesFromEvents(h.id);
      })
      .catch(function (e) {
        statusEl.textContent = '未能载入要更正的台账记录:' + e.message;
      });
  }

  // 出具报价 from a household's file (/?household=编号): its 编号, 户主 and 村 from the file, its dates from its events
  function loadHousehold() {
    var code = new URLSearchParams(window.location.search).get('household');
    if (!code || code.length > 64 || rows.length || correcting) {
      return null;
    }
    return fetch('/api/v1/households/' + encodeURIComponent(code),
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(r.status === 404 ? '没有编号为「' + code + '」的住户档案' : '服务返回 ' + r.status);
        }
        return r.json();
      })
      .then(function (h) {
        setField('id', h.code);
        setField('headOfHousehold', h.headName);
        setField('village', h.village);
        byField('id').readOnly = true;
        app.dataset.household = h.code;
        changed();
        return datesFromEvents(h.code);
      })
      .catch(function (e) {
        statusEl.textContent = '未能载入住户档案:' + e.message;
      });
  }

  // A filed household's dates are its events' (签约, 付款, 搬迁交房): shown here, not typed (docs/lifecycle.md)
  function datesFromEvents(code) {
    if (!code) {
      return null;
    }
    return fetch('/api/v1/households/' + encodeURIComponent(code) + '/events',
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (ev) {
        if (!ev) {
          return;   // no file: an ad-hoc quote keeps the dates typed here
        }
        var d = ev.dates || {};
        ['agreementSigned', 'compensationPaid', 'movedOut'].forEach(function (k) {
          var input = byField('dates.' + k);
          input.value = d[k] || '';
          input.readOnly = true;
        });
        var box = document.querySelector('fieldset[data-field="dates"]');
        if (box && !document.getElementById('dates-from-events')) {
          var a = el('a', { href: '/households/' + encodeURIComponent(code) + '/events', text: '办理进度' });
          var note = el('p', { id: 'dates-from-events', className: 'hint', text: '本户已建档:日期取自住户事件,在此不能修改,请在 ' });
          note.appendChild(a);
          note.appendChild(document.createTextNode(' 中登记签约、付款、搬迁交房。'));
          box.insertBefore(note, box.querySelector('.grid'));
        }
        changed();
      })
      .catch(function () { /* the dates stay as they are; saving checks them against the events */ });
  }

  loadSchedule();
})();
