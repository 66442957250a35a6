// Progressive enhancement for the timeline. Without JavaScript the table starts at the
// first meeting and the CSV and SVG links work on their own.
(function () {
  "use strict";
  // Open on the latest meetings: the reform column stays put, earlier years are a scroll away.
  var scroller = document.querySelector(".table-scroll");
  if (scroller) scroller.scrollLeft = scroller.scrollWidth;
})();

(function () {
  "use strict";
  var button = document.getElementById("png-download");
  var svgLink = document.getElementById("svg-download");
  if (!button || !svgLink || !window.fetch || !HTMLCanvasElement.prototype.toBlob) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    fetch(svgLink.href, { credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
        var image = new Image();
        image.onload = function () {
          var scale = 2;
          var canvas = document.createElement("canvas");
          canvas.width = image.width * scale;
          canvas.height = image.height * scale;
          var context = canvas.getContext("2d");
          context.scale(scale, scale);
          context.drawImage(image, 0, 0);
          URL.revokeObjectURL(url);
          canvas.toBlob(function (blob) {
            var link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = "kp-reform-timeline.png";
            document.body.appendChild(link);
            link.click();
            link.remove();
            button.disabled = false;
          }, "image/png");
        };
        image.onerror = function () { button.disabled = false; };
        image.src = url;
      })
      .catch(function () { button.disabled = false; });
  });
})();
