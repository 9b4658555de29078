/**
 * Seeded data of the demo telecom service: one customer per broadband-disconnection path (owned modem, arrears,
 * rented modem, several lines). National ID numbers are fictitious but well-formed (17 digits + check char).
 */
export type TCustomer = { customerId: string; idNumber: string; name: string; phone: string };
export type TLine = { lineId: string; customerId: string; address: string; installedAt: string; status: 'active' | 'suspended' | 'disconnected' };
export type TArrears = { amountCny: number; months: number };
export type TTerminal = { terminalId: string; lineId: string; ownership: 'owned' | 'rented'; returned: boolean };
export type TAppointment = { appointmentId: string; lineId: string; terminalId: string; address: string; slot: string; technician: string; status: 'booked' | 'done' | 'missed' };

export type TTelecomData = {
  customers: TCustomer[];
  lines: TLine[];
  arrears: Record<string, TArrears>;
  terminals: TTerminal[];
  appointments: TAppointment[];
};

/** A fresh copy each time, so every service instance (and test) starts from the same state. */
export function seedTelecomData(): TTelecomData {
  return {
    customers: [
      { customerId: 'C1001', idNumber: '110101198001010011', name: '张伟 Zhang Wei', phone: '13800000001' },
      { customerId: 'C1002', idNumber: '110101198502020022', name: '李娜 Li Na', phone: '13800000002' },
      { customerId: 'C1003', idNumber: '31010119900303003X', name: '王强 Wang Qiang', phone: '13800000003' },
      { customerId: 'C1004', idNumber: '440101199204040044', name: '赵敏 Zhao Min', phone: '13800000004' },
      { customerId: 'C1005', idNumber: '510101198805050055', name: '陈杰 Chen Jie', phone: '13800000005' },
    ],
    lines: [
      { lineId: 'BB-1001', customerId: 'C1001', address: '北京市东城区和平里1号', installedAt: '2024-03-01T08:00:00.000Z', status: 'active' },
      { lineId: 'BB-1002', customerId: 'C1002', address: '北京市西城区金融街2号', installedAt: '2023-11-12T08:00:00.000Z', status: 'active' },
      { lineId: 'BB-1003', customerId: 'C1003', address: '上海市黄浦区南京东路3号', installedAt: '2024-06-20T08:00:00.000Z', status: 'active' },
      { lineId: 'BB-1004A', customerId: 'C1004', address: '广州市天河区体育西路4号', installedAt: '2022-01-05T08:00:00.000Z', status: 'active' },
      { lineId: 'BB-1004B', customerId: 'C1004', address: '广州市越秀区北京路5号', installedAt: '2025-02-14T08:00:00.000Z', status: 'active' },
      { lineId: 'BB-1005', customerId: 'C1005', address: '成都市锦江区春熙路6号', installedAt: '2024-09-09T08:00:00.000Z', status: 'active' },
    ],
    arrears: { 'BB-1002': { amountCny: 237.5, months: 3 }, 'BB-1005': { amountCny: 99, months: 1 } },
    terminals: [
      { terminalId: 'ONT-1001', lineId: 'BB-1001', ownership: 'owned', returned: false },
      { terminalId: 'ONT-1002', lineId: 'BB-1002', ownership: 'owned', returned: false },
      { terminalId: 'ONT-1003', lineId: 'BB-1003', ownership: 'rented', returned: false },
      { terminalId: 'ONT-1004A', lineId: 'BB-1004A', ownership: 'owned', returned: false },
      { terminalId: 'ONT-1004B', lineId: 'BB-1004B', ownership: 'rented', returned: false },
      { terminalId: 'ONT-1005', lineId: 'BB-1005', ownership: 'rented', returned: false },
    ],
    appointments: [],
  };
}
