// The theme the user chose (web/src/display.rs keeps it), applied before the first paint:
// a classic script in the head, so the page never flashes the other theme.
try {
  const theme = JSON.parse(localStorage.getItem("arlens.display.v1") ?? "{}").theme;
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or not ours to read: the system's theme.
}
