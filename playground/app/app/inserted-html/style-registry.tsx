"use client";
// A tiny hand-written CSS-in-JS library, shaped like styled-components/emotion:
// components call useCss(name, declarations) while rendering. On the server the
// registry collects new rules and emits them through useServerInsertedHTML, so
// each <style> reaches the HTML before the element that uses it; in the browser
// rules missing from the page are added in an insertion effect.
// (Next's CSS-in-JS guide: https://nextjs.org/docs/app/guides/css-in-js)
import { useServerInsertedHTML } from "next/navigation";
import { createContext, useContext, useInsertionEffect, useState, type ReactNode } from "react";

interface Sheet {
  rules: Map<string, string>;
  /** Names registered since the last flush. */
  pending: string[];
}

const SheetContext = createContext<Sheet | null>(null);

export function StyleRegistry({ children }: { children: ReactNode }) {
  const [sheet] = useState<Sheet>(() => ({ rules: new Map(), pending: [] }));
  useServerInsertedHTML(() => {
    const names = sheet.pending.splice(0);
    if (names.length === 0) return null;
    const css = names.map((name) => `.${name}{${sheet.rules.get(name)}}`).join("");
    return <style data-css-in-js={names.join(" ")} dangerouslySetInnerHTML={{ __html: css }} />;
  });
  return <SheetContext.Provider value={sheet}>{children}</SheetContext.Provider>;
}

/** Registers `.name { declarations }` and returns the class name. */
export function useCss(name: string, declarations: string): string {
  const sheet = useContext(SheetContext);
  if (typeof document === "undefined" && sheet && !sheet.rules.has(name)) {
    sheet.rules.set(name, declarations);
    sheet.pending.push(name);
  }
  useInsertionEffect(() => {
    if (document.querySelector(`style[data-css-in-js~="${name}"]`)) return;
    const style = document.createElement("style");
    style.setAttribute("data-css-in-js", name);
    style.textContent = `.${name}{${declarations}}`;
    document.head.appendChild(style);
  }, [name, declarations]);
  return name;
}
