"use client";
import type { ReactNode } from "react";
import { useCss } from "./style-registry";

export function Title({ children }: { children: ReactNode }) {
  return (
    <h1 data-testid="ins-title" className={useCss("ins-title", "color: rgb(0, 128, 0); letter-spacing: 1px")}>
      {children}
    </h1>
  );
}

/** Rendered in a later React flush (inside Suspense): its rule must arrive in that flush. */
export function LateBox({ children }: { children: ReactNode }) {
  return (
    <p data-testid="ins-late" className={useCss("ins-late", "color: rgb(200, 0, 100)")}>
      {children}
    </p>
  );
}
