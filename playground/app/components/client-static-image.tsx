"use client";
// A static image import inside a client component: the ssr and browser builds must
// agree on its URL and size (a mismatch would fail hydration in test/e2e/image-cls.test.ts).
import Image from "next/image";
import photo from "../app/images/photo.jpg";

export function ClientStaticImage() {
  return <Image id="client-static" src={photo} alt="static import in a client component" placeholder="blur" />;
}
