// A table wider than its column scrolls in a labelled region that keyboard users reach with Tab: the HTML
// says tabindex="0", so this works without JavaScript. Where the table fits, the needless Tab stop goes.
(function () {
    var regions = document.querySelectorAll(".table-region");
    function update() {
        regions.forEach(function (region) {
            if (region.scrollWidth > region.clientWidth + 1) {
                region.setAttribute("tabindex", "0");
            } else {
                region.removeAttribute("tabindex");
            }
        });
    }
    update();
    window.addEventListener("resize", update);
})();
