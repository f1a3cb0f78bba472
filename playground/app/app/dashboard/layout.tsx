import Link from "next/link";
import { Counter } from "../../components/counter";

export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-testid="dashboard-layout">
      <nav>
        <Link href="/dashboard">Overview</Link> | <Link href="/dashboard/settings">Settings</Link>
      </nav>
      <Counter label="dashboard" />
      {children}
    </div>
  );
}
