"use client";
import { useRouter } from "next/navigation";

export function RouterButtons() {
  const router = useRouter();
  return (
    <div>
      <button type="button" data-testid="router-back" onClick={() => router.back()}>
        back
      </button>
      <button type="button" data-testid="router-forward" onClick={() => router.forward()}>
        forward
      </button>
      <button type="button" data-testid="router-prefetch" onClick={() => router.prefetch("/pricing")}>
        prefetch /pricing
      </button>
      <button type="button" data-testid="router-replace" onClick={() => router.replace("/dashboard")}>
        replace /dashboard
      </button>
    </div>
  );
}
