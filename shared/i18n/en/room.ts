/** English messages of phone voting on the facilitator's side: the room, the join panel, the grid's marks. */
export const roomMessages = {
  'room.open': 'Open the room',
  'room.show': 'Room: {joined} of {total} joined',
  'room.panel.title': 'Vote from phones',
  'room.panel.intro':
    'Participants join from their phones over this computer’s network: the room’s Wi-Fi or your phone’s hotspot. No internet is needed, and nothing leaves the room.',
  'room.address.label': 'Network',
  'room.address.option': '{name} — {address}',
  'room.address.local': 'This computer only — {address} (to try it out)',
  'room.address.none':
    'This computer is on no network. Connect it to the room’s Wi-Fi or to a phone’s hotspot, then look again.',
  'room.address.refresh': 'Look again',
  'room.distribution.label': 'After the reveal, phones show how the room voted (counts only, never names)',
  'room.start': 'Open the room',
  'room.close': 'Close the room',
  'room.closed': 'The room is closed. Phones can no longer vote.',
  'room.join.scan': 'Scan to join',
  'room.join.qrLabel': 'QR code that opens {url}',
  'room.join.orType': 'Or open this address and type the code',
  'room.join.code': 'Room code',
  'room.join.copy': 'Copy the link',
  'room.join.copied': 'Link copied.',
  'room.people.title': 'Participants',
  'room.people.joined': 'joined',
  'room.people.notJoined': 'not joined',
  'room.people.offline': 'phone not connected',
  'room.people.link': 'Personal QR code',
  'room.people.linkOf': 'Personal QR code for {name}',
  'room.people.hideLink': 'Hide',
  'room.print': 'Print personal QR codes',
  'room.print.card':
    'Scan with your phone’s camera to vote as {name}. This code is yours: keep it to yourself. It works until the room closes.',
  'room.confirm.title': 'Confirm a second device',
  'room.confirm.body':
    '{name} is joining from another device. Confirm only if {name} asks for it: their other device will be signed out.',
  'room.confirm.accept': 'Confirm for {name}',
  'room.confirm.refuse': 'Refuse',
  'room.help.title': 'Can’t connect?',
  'room.help.sameNetwork':
    'The phone must be on the same network as this computer: the same Wi-Fi, or this computer connected to the phone’s hotspot. Mobile data alone cannot reach the room.',
  'room.help.guestWifi':
    'Guest and hotel Wi-Fi often keep devices apart (client isolation): phones see the internet but not this computer. Use a phone’s hotspot instead.',
  'room.help.firewall':
    'Windows asks on the first opening whether to allow the app on private networks: choose Allow. If it was refused, allow OSPO Workshop in the Windows Defender Firewall settings, and make sure the Wi-Fi is set to a private network.',
  'room.help.macos':
    'On macOS, allow OSPO Workshop under System Settings → Privacy & Security → Local Network, and accept incoming connections if the firewall asks.',
  'room.help.hotspot':
    'Hotspot fallback: turn on your phone’s hotspot, connect this computer to it, choose that network here, and have participants join the same hotspot.',
  'room.help.address':
    'Type the address exactly, with http:// and the port number; some phones add https:// by themselves, which does not work.',
  'room.phoneVoting.open': 'Open for phones',
  'room.phoneVoting.close': 'Stop phone voting',
  'room.phoneVoting.isOpen': 'Phones can vote on this question',
  'room.grid.phone': 'phone',
  'room.grid.viaPhone': 'voted from a phone',
  'room.notice.secondDevice': '{name} asks to vote from another device: confirm it in the room panel.',
  'error.room.unavailable':
    'Phone voting is not available here: it needs the desktop app or the browser mode started with npm run web. Nothing was changed: votes typed here work as before.',
  'error.room.failed': 'The room could not do that ({detail}). Votes already recorded are kept. Try again.',
} as const;
