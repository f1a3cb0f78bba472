// beforeInteractive fixture: must run before React hydrates the page.
(window.__vinextOrder = window.__vinextOrder || []).push("before");
window.__vinextBeforeSawHydration = !!document.querySelector("[data-testid=script-order-probe][data-hydrated]");
