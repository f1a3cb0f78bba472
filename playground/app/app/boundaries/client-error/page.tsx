import { Bomb } from "../../../components/bomb";

export default function ClientErrorPage() {
  return (
    <section>
      <h1 data-testid="client-error-title">Client error boundary</h1>
      <Bomb />
    </section>
  );
}
