// The header menu on a phone: folded behind a "Menu" button so the page's own content starts on the first
// screen. Loaded right after the header (not deferred), so the menu is folded before the first paint.
// Without JavaScript the button stays hidden and the menu open; on wide screens CSS hides the button.
(function () {
    "use strict";
    var button = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (!button || !menu) { return; }
    var header = button.closest(".site-header");

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        header.classList.toggle("menu-open", open);
    }

    header.classList.add("menu-enhanced");
    button.hidden = false;
    setOpen(false);

    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    // Escape closes the open menu and puts the focus back on its button, as in any disclosure menu.
    // The header's own menus (<details class="nav-menu">): Escape closes an open one first, back on its summary;
    // opening one or clicking elsewhere closes the others.
    var menus = Array.prototype.slice.call(header.querySelectorAll("details.nav-menu"));
    function closeMenus(except) {
        menus.forEach(function (menu) { if (menu !== except) { menu.open = false; } });
    }
    menus.forEach(function (menu) {
        menu.addEventListener("toggle", function () {
            if (!menu.open) { return; }
            closeMenus(menu);
            var field = menu.querySelector("input[type=search]");  // the search opens ready to type
            if (field) { field.focus(); }
        });
    });
    document.addEventListener("click", function (event) {
        if (!event.target.closest || !event.target.closest("details.nav-menu")) { closeMenus(null); }
    });
    header.addEventListener("keydown", function (event) {
        var openMenu = event.key === "Escape" && event.target.closest && event.target.closest("details.nav-menu[open]");
        if (openMenu) {
            openMenu.open = false;
            openMenu.querySelector("summary").focus();
            event.stopPropagation();
            return;
        }
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true" && button.offsetParent) {
            setOpen(false);
            button.focus();
        }
    });
}());
