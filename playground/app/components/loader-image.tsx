"use client";
// A custom `loader` prop: functions cannot cross from a server component, so this is a client one.
import Image from "next/image";

export function LoaderImage() {
  return <Image id="custom-loader" src="/images/wide.png" alt="custom loader" width={300} height={175} loader={({ src, width, quality }) => `${src}?w=${width}&q=${quality ?? 75}`} />;
}
