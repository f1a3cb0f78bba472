import Link from "next/link";

export default function Home() {
  return (
    <main>
      <h1>Cache fixture</h1>
      <Link href="/isr/timed">timed</Link>
    </main>
  );
}
