// Unit tests run pieces of screens without the screen loader that adds the screens' messages in the
// app: every message is there from the start. (The e2e tests run the app's own loading, and fail on
// the console error a message used before its part loaded would print.)
import '../../shared/i18n/complete';
