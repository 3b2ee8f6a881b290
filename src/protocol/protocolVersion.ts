/** Bumped on any change to the wire contract a deployed client would misread. Checked in the handshake. */
export const PROTOCOL_VERSION = 2;
