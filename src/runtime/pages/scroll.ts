// Scroll positions per history entry (sessionStorage), restored on back/forward
// once the page has rendered; new navigations go to the top or to the hash.
const KEY = (key: string) => `__vinext_scroll_${key}`;

export function saveScroll(key: string): void {
  try {
    sessionStorage.setItem(KEY(key), JSON.stringify({ x: window.scrollX, y: window.scrollY }));
  } catch {
    // Storage may be unavailable (privacy mode); restoration is best effort.
  }
}

export function restoreScroll(key: string): void {
  try {
    const saved = sessionStorage.getItem(KEY(key));
    if (!saved) return;
    const { x, y } = JSON.parse(saved) as { x: number; y: number };
    window.scrollTo(x, y);
  } catch {
    // Best effort, as above.
  }
}

export function scrollAfterNavigation(hash: string, scroll: boolean | undefined): void {
  if (scroll === false) return;
  if (hash) {
    const id = decodeURIComponent(hash.slice(1));
    const target = document.getElementById(id) ?? document.getElementsByName(id)[0];
    if (target) return target.scrollIntoView();
    if (id === "" || id === "top") return window.scrollTo(0, 0);
  }
  window.scrollTo(0, 0);
}
