import { Counter } from "../../../components/counter";

export default async function Analytics() {
  // Slow enough to show the slot's own loading UI.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return (
    <div data-testid="analytics">
      Analytics <Counter label="analytics" />
    </div>
  );
}
