import { Counter } from "../components/counter";

export default function Home() {
  return (
    <main>
      <h1 data-testid="title">Home</h1>
      <Counter />
    </main>
  );
}
