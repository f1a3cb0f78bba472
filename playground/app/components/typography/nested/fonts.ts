import localFont from "next/font/local";

// Three imports away from the page: page → typography/index.ts → nested/index.ts → here.
export const caption = localFont({ src: "../../../fonts/noto-sans-latin-400-normal.woff2", weight: "400", preload: false });
