/**
 * A log of at least `length` characters as a support agent is pasted one: Sonos WebSocket frames and bare
 * bodies naming ERROR_NOT_CAPABLE, Groove bodies naming TOO_MANY_REQUESTS, and lines naming no code, in turn.
 * ERROR_NOT_CAPABLE is on half the lines, TOO_MANY_REQUESTS on a quarter. The bench times its triage on the
 * lookup page; a browser test checks what the triage answers.
 */
export function mixedLog(length: number): string {
  const forms = [
    (i: number) =>
      `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z WARN ws << [{"namespace":"groupVolume","success":false,"type":"globalError"},{"errorCode":"ERROR_NOT_CAPABLE","reason":"n${i}"}]`,
    (i: number) =>
      `2026-03-01T10:00:00Z ERROR http status=429 body={"Error":{"ErrorCode":"TOO_MANY_REQUESTS","Description":"Too many requests ${i}"}}`,
    (i: number) => `2026-03-01T10:00:00Z INFO  sync finished batch ${i} with 25 tracks in 118 ms`,
    (i: number) => `2026-03-01T10:00:00Z WARN ws << {"errorCode":"ERROR_NOT_CAPABLE","reason":"again ${i}"}`,
  ];
  const lines: string[] = [];
  for (let i = 0, size = 0; size < length; i++) {
    const line = forms[i % forms.length]!(i);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
