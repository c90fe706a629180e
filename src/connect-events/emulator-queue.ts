/** The queue the embedded emulator sends its contact events into (`npm start`), read as Connect's. */
export const EMULATOR_EVENTS_QUEUE = 'connect-contact-events';
