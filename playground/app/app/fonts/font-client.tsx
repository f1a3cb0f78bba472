"use client";
// A client component declaring its own local font: the transform keeps "use client" first.
import localFont from "next/font/local";

const bold = localFont({ src: "../../fonts/noto-sans-latin-700-normal.woff2", weight: "700" });

export function FontClient() {
  return (
    <p className={bold.className} data-testid="font-client">
      Bold text from a client component.
    </p>
  );
}
