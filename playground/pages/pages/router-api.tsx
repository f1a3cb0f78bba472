import { useRouter as useCompatRouter } from "next/compat/router";
import Router, { withRouter, type NextRouter } from "next/router";
import { useEffect, useState } from "react";

function RouterApi({ router }: { router: NextRouter }) {
  const compat = useCompatRouter();
  const [blocked, setBlocked] = useState(false);
  const [singletonPath, setSingletonPath] = useState("(not yet)");
  useEffect(() => setSingletonPath(Router.pathname), [router.asPath]);
  useEffect(() => {
    router.beforePopState(({ as }) => {
      if (as.includes("blocked")) {
        setBlocked(true);
        return false;
      }
      return true;
    });
    return () => router.beforePopState(() => true);
  }, [router]);
  return (
    <main>
      <p data-testid="with-router-pathname">{router.pathname}</p>
      <p data-testid="compat-pathname">{compat?.pathname ?? "null"}</p>
      <p data-testid="singleton-pathname">{singletonPath}</p>
      <p data-testid="blocked">{blocked ? "blocked" : "not blocked"}</p>
      <button id="singleton-push" onClick={() => Router.push({ pathname: "/docs/[...slug]", query: { slug: ["a", "b"], x: "1" } })}>singleton push</button>
      <button id="replace-about" onClick={() => router.replace("/about")}>replace</button>
      <button id="prefetch-blog" onClick={() => void router.prefetch("/blog/hello")}>prefetch</button>
    </main>
  );
}

export default withRouter(RouterApi);
