import Link from "next/link";

export default function Long() {
  return (
    <main>
      <h1 data-testid="long-title">A long page</h1>
      {Array.from({ length: 120 }, (_, i) => (
        <p key={i} style={{ height: 40, margin: 0 }}>
          line {i}
        </p>
      ))}
      <Link href="/about" id="long-to-about">to about</Link>
    </main>
  );
}
