// `(...)`: from the app root, so this catches /intercept-login, shown in this
// layout's @modal slot on soft navigation from /intercept/deep/nested.
export default function LoginModal() {
  return (
    <div role="dialog" data-testid="login-modal">
      Log in (modal)
    </div>
  );
}
