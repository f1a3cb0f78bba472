import Link from "next/link";
import { ActiveSegment } from "../../components/active-segment";

export default function ParallelLayout({ children, team, analytics }: { children: React.ReactNode; team: React.ReactNode; analytics: React.ReactNode }) {
  return (
    <div data-testid="parallel-layout">
      <nav>
        <Link href="/parallel">parallel home</Link> | <Link href="/parallel/settings">parallel settings</Link>
      </nav>
      <ActiveSegment />
      <section data-testid="slot-children">{children}</section>
      <section data-testid="slot-team">{team}</section>
      <section data-testid="slot-analytics">{analytics}</section>
    </div>
  );
}
