// The print button of the 补偿明细表.
(function () {
  'use strict';
  var b = document.getElementById('print-button');
  if (b) {
    b.addEventListener('click', function () { window.print(); });
  }
})();
