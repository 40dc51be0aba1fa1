// Smallest legible text of a picture as shown, in CSS px: on a phone the reader cannot zoom a
// README picture easily; on a desktop the docs site shows the wide picture at 608 px.
export const PHONE_TEXT = 9;
export const DESKTOP_TEXT = 8.5;
