// Imported first by the CLI and the action, before anything slow loads.
import { trapStopSignals } from './signals.js'

trapStopSignals()
