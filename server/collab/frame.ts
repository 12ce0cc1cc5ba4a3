/**
 * A finished WebSocket frame (RFC 6455 section 5.2) for a binary message from the server:
 * FIN set, opcode 2 (binary), no mask (a server never masks), no extensions (the collab
 * server turns permessage-deflate off). A broadcast builds it once and hands the same bytes to
 * every socket, instead of letting `ws` frame the message again for each receiver: with twenty
 * people in a document every keystroke goes out nineteen times.
 */
export function frameBinaryMessage(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length <= 0xffff ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x82;
  if (length < 126) frame[1] = length;
  else if (length <= 0xffff) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(payload, headerLength);
  return frame;
}
