// afterInteractive fixture.
(window.__vinextOrder = window.__vinextOrder || []).push("after");
