// next/error: the default error page for a status code (`<Error statusCode={404} />`),
// with Next's texts. A function component without hooks, so Server and Client
// Components can both render it. https://nextjs.org/docs/pages/building-your-application/routing/custom-error
import type { CSSProperties, ReactNode } from "react";

export interface ErrorProps {
  statusCode: number;
  title?: string;
  withDarkMode?: boolean;
}

/** Next's texts for the codes its error page names; other codes get the generic one. */
const STATUS_TEXT: Record<number, string> = {
  400: "Bad Request",
  404: "This page could not be found",
  405: "Method Not Allowed",
  500: "Internal Server Error",
};

const box: CSSProperties = {
  fontFamily: 'system-ui,"Segoe UI",Roboto,Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji"',
  height: "100vh",
  textAlign: "center",
  display: "flex",
  flexDirection: "column",
  alignItems: "center",
  justifyContent: "center",
};
const heading: CSSProperties = { display: "inline-block", margin: "0 20px 0 0", paddingRight: 23, fontSize: 24, fontWeight: 500, verticalAlign: "top" };
const message: CSSProperties = { fontSize: 14, fontWeight: 400, lineHeight: "28px" };

function css(withDarkMode: boolean): string {
  const dark = "@media (prefers-color-scheme:dark){body{color:#fff;background:#000}.next-error-h1{border-right:1px solid rgba(255,255,255,.3)}}";
  return `body{color:#000;background:#fff;margin:0}.next-error-h1{border-right:1px solid rgba(0,0,0,.3)}${withDarkMode ? dark : ""}`;
}

/** The text an error page shows for `statusCode` (without the final period). */
export function errorTitle(statusCode: number | undefined, title?: string): string {
  if (title) return title;
  if (!statusCode) return "Application error: a client-side exception has occurred (see the browser console for more information)";
  return STATUS_TEXT[statusCode] ?? "An unexpected error has occurred";
}

export default function Error({ statusCode, title, withDarkMode = true }: ErrorProps): ReactNode {
  const text = errorTitle(statusCode, title);
  return (
    <div style={box}>
      <title>{statusCode ? `${statusCode}: ${text}` : "Application error: a client-side exception has occurred"}</title>
      <div style={{ lineHeight: "48px" }}>
        <style dangerouslySetInnerHTML={{ __html: css(withDarkMode) }} />
        {statusCode ? (
          <h1 className="next-error-h1" style={heading}>
            {statusCode}
          </h1>
        ) : null}
        <div style={{ display: "inline-block" }}>
          <h2 style={message}>{`${text}.`}</h2>
        </div>
      </div>
    </div>
  );
}

// Pages Router error pages read the status from the response or the error.
Error.getInitialProps = ({ res, err }: { res?: { statusCode?: number }; err?: { statusCode?: number } | null }) => ({
  statusCode: res?.statusCode || err?.statusCode || 404,
});
Error.displayName = "ErrorPage";
