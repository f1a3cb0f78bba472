import { Counter } from "../../components/counter";

export default function About() {
  return (
    <main>
      <h1 data-testid="title">About</h1>
      <Counter />
    </main>
  );
}
