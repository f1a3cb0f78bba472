// lazyOnload fixture.
(window.__vinextOrder = window.__vinextOrder || []).push("lazy");
