// 台账记录: re-checks the entry (POST /api/v1/ledger/quotes/{id}/verify) and shows the outcome.
(function () {
  'use strict';
  var page = document.getElementById('entry');
  var button = document.getElementById('verify-again');
  if (!page || !button) {
    return;
  }
  var id = page.getAttribute('data-entry');
  var box = document.getElementById('verify');
  var summary = document.getElementById('verify-summary');
  var checks = document.getElementById('verify-checks');
  var when = document.getElementById('verify-time');

  function item(ok, label, good, bad) {
    var li = document.createElement('li');
    li.className = ok ? 'ok' : 'bad';
    li.textContent = label + ':' + (ok ? good : bad);
    return li;
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    when.textContent = '正在校验…';
    fetch('/api/v1/ledger/quotes/' + encodeURIComponent(id) + '/verify', {
      method: 'POST', headers: { Accept: 'application/json' }
    }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.json();
    }).then(function (c) {
      box.classList.toggle('verify-ok', c.valid);
      box.classList.toggle('verify-bad', !c.valid);
      summary.textContent = c.valid
        ? '校验通过:内容哈希一致,与前一记录的链接一致,按存储的标准版本与解释重新计算结果一致。'
        : '校验未通过:本记录可能在写入后被改动,或无法按存储的标准版本重新计算。';
      checks.innerHTML = '';
      checks.appendChild(item(c.contentHashMatches, '内容哈希', '一致', '不一致'));
      checks.appendChild(item(c.chainLinkMatches, '链接前一记录', '一致', '不一致'));
      checks.appendChild(item(c.quoteReproduced, '重新计算', '结果一致', '结果不同'));
      var old = document.getElementById('verify-differences');
      if (old) {
        old.remove();
      }
      if (c.differences && c.differences.length) {
        var ul = document.createElement('ul');
        ul.id = 'verify-differences';
        ul.className = 'verify-differences';
        c.differences.forEach(function (d) {
          var li = document.createElement('li');
          var code = document.createElement('code');
          code.textContent = d;
          li.appendChild(code);
          ul.appendChild(li);
        });
        checks.after(ul);
      }
      when.textContent = '已于 ' + new Date().toLocaleTimeString('zh-CN') + ' 重新校验';
    }).catch(function (e) {
      when.textContent = '校验失败:' + e.message;
    }).then(function () {
      button.disabled = false;
    });
  });
})();
