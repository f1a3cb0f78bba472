"use client";
// Client-side boundaries the server tree wraps around segments, mirroring Next:
// error.tsx (SegmentErrorBoundary), not-found/forbidden/unauthorized
// (HttpFallbackBoundary), redirects (RedirectBoundary), global-error.
// They catch what is thrown while rendering in the browser (client components,
// streamed server errors); errors thrown before the shell are handled on the server.
import { Component, useContext, useEffect, type ComponentType, type ReactNode } from "react";
import { httpFallbackStatus, isControlFlowError, redirectInfo, type HttpFallbackStatus } from "../control-flow";
import { NavigationContext, RouterContext } from "./contexts";

export type ErrorComponent = ComponentType<{ error: Error & { digest?: string }; reset: () => void }>;

interface ErrorBoundaryProps {
  errorComponent: ErrorComponent;
  pathname: string;
  children?: ReactNode;
}

interface ErrorBoundaryState {
  error: (Error & { digest?: string }) | null;
  pathname: string;
}


class ErrorBoundaryImpl extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, pathname: this.props.pathname };

  static getDerivedStateFromError(error: Error): Partial<ErrorBoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    // Navigating away resets the boundary, as in Next.
    if (props.pathname !== state.pathname) return { error: null, pathname: props.pathname };
    return null;
  }

  reset = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    // Control flow (notFound, redirect) belongs to the boundaries above.
    if (error && isControlFlowError(error)) throw error;
    if (error) {
      const Fallback = this.props.errorComponent;
      return <Fallback error={error} reset={this.reset} />;
    }
    return this.props.children;
  }
}

/** error.tsx of one segment: catches errors of everything below the segment's layout. */
export function SegmentErrorBoundary({ errorComponent, children }: { errorComponent: ErrorComponent; children?: ReactNode }) {
  const pathname = useContext(NavigationContext)?.pathname ?? "";
  return (
    <ErrorBoundaryImpl errorComponent={errorComponent} pathname={pathname}>
      {children}
    </ErrorBoundaryImpl>
  );
}

/** Renders error.tsx for an error the server caught before the shell (only the digest travels). */
export function ServerErrorFallback({ errorComponent: Fallback, digest, message }: { errorComponent: ErrorComponent; digest: string; message: string }) {
  const router = useContext(RouterContext);
  const error = Object.assign(new Error(message), { digest });
  return <Fallback error={error} reset={() => router.refresh()} />;
}

interface HttpFallbackProps {
  fallbacks: Partial<Record<HttpFallbackStatus, ReactNode>>;
  pathname: string;
  children?: ReactNode;
}

interface CaughtState {
  error?: unknown;
  pathname: string;
}

function resetOnNavigation(props: { pathname: string }, state: CaughtState): Partial<CaughtState> | null {
  return props.pathname !== state.pathname ? { error: undefined, pathname: props.pathname } : null;
}

class HttpFallbackImpl extends Component<HttpFallbackProps, CaughtState> {
  override state: CaughtState = { pathname: this.props.pathname };
  static getDerivedStateFromError = (error: unknown) => ({ error });
  static getDerivedStateFromProps = resetOnNavigation;

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const status = httpFallbackStatus(this.state.error);
    const fallback = status === undefined ? undefined : this.props.fallbacks[status];
    // Not ours (or no UI for that status here): let the next boundary up handle it.
    if (fallback === undefined) throw this.state.error;
    return fallback;
  }
}

/** not-found / forbidden / unauthorized UIs of one segment, for errors thrown in the browser. */
export function HttpFallbackBoundary({ fallbacks, children }: { fallbacks: Partial<Record<HttpFallbackStatus, ReactNode>>; children?: ReactNode }) {
  const pathname = useContext(NavigationContext)?.pathname ?? "";
  return (
    <HttpFallbackImpl fallbacks={fallbacks} pathname={pathname}>
      {children}
    </HttpFallbackImpl>
  );
}

function RedirectTo({ url, push }: { url: string; push: boolean }) {
  const router = useContext(RouterContext);
  useEffect(() => {
    if (push) router.push(url);
    else router.replace(url);
  }, [router, url, push]);
  return null;
}

class RedirectImpl extends Component<{ children?: ReactNode; pathname: string }, CaughtState> {
  override state: CaughtState = { pathname: this.props.pathname };
  static getDerivedStateFromError = (error: unknown) => ({ error });
  static getDerivedStateFromProps = resetOnNavigation;

  override render() {
    if (this.state.error === undefined) return this.props.children;
    const info = redirectInfo(this.state.error);
    if (!info) throw this.state.error;
    return <RedirectTo url={info.url} push={info.type === "push"} />;
  }
}

/** Turns a redirect() thrown while rendering in the browser into a client navigation. */
export function RedirectBoundary({ children }: { children?: ReactNode }) {
  const pathname = useContext(NavigationContext)?.pathname ?? "";
  return <RedirectImpl pathname={pathname}>{children}</RedirectImpl>;
}
