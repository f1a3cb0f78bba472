"use client";
import { useParams, usePathname, useRouter, useSearchParams } from "next/navigation";

export function ClientInfo() {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = useParams();
  const router = useRouter();
  return (
    <div data-testid="client-info">
      <p data-testid="client-pathname">{pathname}</p>
      <p data-testid="client-search">{searchParams.toString()}</p>
      <p data-testid="client-params">{JSON.stringify(params)}</p>
      <p data-testid="client-public-env">{process.env.NEXT_PUBLIC_GREETING}</p>
      <button type="button" data-testid="push-about" onClick={() => router.push("/about")}>
        router.push(/about)
      </button>
      <button type="button" data-testid="refresh" onClick={() => router.refresh()}>
        router.refresh()
      </button>
    </div>
  );
}
