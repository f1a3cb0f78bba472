import { Counter } from "../../../components/counter";

export default function Template({ children }: { children: React.ReactNode }) {
  return (
    <div data-testid="template">
      <Counter label="template" />
      {children}
    </div>
  );
}
