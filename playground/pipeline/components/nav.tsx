"use client";
import Link from "next/link";
import { useEffect } from "react";

export function Nav() {
  useEffect(() => {
    (window as unknown as { __hydratedAt?: number }).__hydratedAt = performance.now();
  }, []);
  return (
    <nav>
      <Link href="/mw-rewrite" data-testid="to-mw-rewrite">middleware rewrite</Link> | <Link href="/admin" prefetch={false} data-testid="to-admin">admin</Link> |{" "}
      <Link href="/old-about" data-testid="to-old-about">old about</Link> | <Link href="/dynamic/shadowed" data-testid="to-shadowed">shadowed</Link>
    </nav>
  );
}
