import Image from "next/image";
import { Counter } from "../../components/counter";

export default function About() {
  return (
    <main>
      <h1 data-testid="title">About</h1>
      <Counter />
      <Image src="/pixel.png" width={1} height={1} alt="pixel" data-testid="pixel" />
    </main>
  );
}
